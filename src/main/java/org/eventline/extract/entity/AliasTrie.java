package org.eventline.extract.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Names ready for matching, keyed character by character: Latin names lower-cased, Chinese names in
 * Simplified script. Finding every name that starts at a position costs one walk down the trie.
 */
final class AliasTrie {

    /** One way of writing an entry. */
    record Alias(String form, String written, Entry entry, Form type, boolean latin) {
    }

    /** What kind of name an alias is. */
    enum Form { NAME, DEMONYM }

    /**
     * Children are kept in arrays sorted by character rather than a map: every position of every article
     * walks the trie, and a map would box each character and hash it.
     */
    private static final class Node {
        char[] keys = NO_KEYS;
        Node[] children = NO_CHILDREN;
        List<Alias> terms;

        Node child(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k >= 0 ? children[k] : null;
        }

        Node childOrNew(char c) {
            int k = Arrays.binarySearch(keys, c);
            if (k >= 0) {
                return children[k];
            }
            int at = -k - 1;
            Node made = new Node();
            keys = insert(keys, at, c);
            Node[] grown = Arrays.copyOf(children, children.length + 1);
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            grown[at] = made;
            children = grown;
            return made;
        }

        private static char[] insert(char[] a, int at, char c) {
            char[] grown = Arrays.copyOf(a, a.length + 1);
            System.arraycopy(a, at, grown, at + 1, a.length - at);
            grown[at] = c;
            return grown;
        }
    }

    private static final char[] NO_KEYS = new char[0];
    private static final Node[] NO_CHILDREN = new Node[0];

    private final Node root = new Node();

    void add(Alias alias) {
        Node n = root;
        for (int i = 0; i < alias.form().length(); i++) {
            n = n.childOrNew(alias.form().charAt(i));
        }
        if (n.terms == null) {
            n.terms = new ArrayList<>(1);
        }
        n.terms.add(alias);
    }

    /** Every alias that {@code lower} holds at {@code start}, longest first. */
    List<Alias> at(String lower, int start) {
        List<Alias> found = null;
        Node n = root;
        for (int i = start; i < lower.length(); i++) {
            n = n.child(lower.charAt(i));
            if (n == null) {
                break;
            }
            if (n.terms != null) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.addAll(0, n.terms);
            }
        }
        return found == null ? List.of() : found;
    }

    boolean isEmpty() {
        return root.keys.length == 0;
    }
}
