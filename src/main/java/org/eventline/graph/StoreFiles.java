package org.eventline.graph;

import com.fasterxml.jackson.databind.JsonNode;
import org.eventline.model.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Files eventline keeps beside the database in a store folder: the generated password (owner-only
 * permissions) and, while {@code serve} runs, where it listens, so other commands connect to it.
 */
final class StoreFiles {

    private static final String PASSWORD = "password";
    private static final String SERVING = "serving.json";

    /** What a running {@code serve} process wrote about itself. */
    record Serving(long pid, String boltUri, String browserUrl) {
    }

    private StoreFiles() {
    }

    /** The store's password, generated on first use. Second value: true when it was just generated. */
    static Map.Entry<String, Boolean> password(Path store) {
        Path file = store.resolve(PASSWORD);
        try {
            if (Files.exists(file)) {
                return Map.entry(Files.readString(file, StandardCharsets.UTF_8).strip(), false);
            }
            Files.createDirectories(store);
            String pw = generate();
            Files.writeString(file, pw + "\n", StandardCharsets.UTF_8);
            ownerOnly(file);
            return Map.entry(pw, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    static Path passwordFile(Path store) {
        return store.resolve(PASSWORD);
    }

    static void writeServing(Path store, Serving serving) {
        Path file = store.resolve(SERVING);
        try {
            Files.writeString(file, Json.line(Map.of("pid", serving.pid(), "bolt", serving.boltUri(),
                    "browser", serving.browserUrl() == null ? "" : serving.browserUrl())));
            ownerOnly(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static void clearServing(Path store, long pid) {
        Serving s = readServing(store);
        if (s != null && s.pid() == pid) {
            try {
                Files.deleteIfExists(store.resolve(SERVING));
            } catch (IOException e) {
                // A stale file is detected and ignored by the next command.
            }
        }
    }

    /** The serving process of this store if it is still alive, else null. */
    static Serving liveServing(Path store) {
        Serving s = readServing(store);
        if (s == null) {
            return null;
        }
        boolean alive = ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false);
        return alive ? s : null;
    }

    private static Serving readServing(Path store) {
        Path file = store.resolve(SERVING);
        if (!Files.exists(file)) {
            return null;
        }
        try {
            JsonNode n = Json.MAPPER.readTree(Files.readString(file));
            return new Serving(n.path("pid").asLong(), n.path("bolt").asText(), n.path("browser").asText(null));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether another process holds the store's lock: a Neo4j runs on it (an ingest, say) without serving
     * it for others. Tried, not held: the lock is released at once.
     */
    static boolean lockedByAnother(Path store) {
        Path lock = store.resolve("data").resolve("databases").resolve("store_lock");
        if (!Files.isRegularFile(lock)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                return true;
            }
            held.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return false;  // this process holds it
        } catch (IOException e) {
            return false;
        }
    }

    private static String generate() {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the folder's own permissions apply.
        }
    }
}
