package org.eventline.source;

/**
 * Bytes as read from a file, standard input or the web.
 *
 * @param charset     the charset a server declared, or null
 * @param contentType the server's content type, or null
 * @param url         the address the bytes finally came from (after redirects), or null for files
 */
record Fetched(byte[] bytes, String charset, String contentType, String url) {

    static Fetched ofBytes(byte[] bytes) {
        return new Fetched(bytes, null, null, null);
    }
}
