package org.eventline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether another process holds a file lock, as Linux lists them in /proc/locks. */
final class StoreLocks {

    private StoreLocks() {
    }

    static boolean held(Path file) {
        Path locks = Path.of("/proc/locks");
        if (!Files.exists(file) || !Files.isReadable(locks)) {
            return false;
        }
        try {
            Object inode = Files.getAttribute(file, "unix:ino");
            // lines such as "1: POSIX  ADVISORY  WRITE 4242 08:01:1234567 0 EOF"
            return Files.readAllLines(locks).stream().anyMatch(l -> l.matches(".*:" + inode + " .*"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
