package org.eventline.extract.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private static final class Node {
        Map<Character, Node> next;
        List<Alias> terms;
    }

    private final Node root = new Node();

    void add(Alias alias) {
        Node n = root;
        for (int i = 0; i < alias.form().length(); i++) {
            char c = alias.form().charAt(i);
            if (n.next == null) {
                n.next = new HashMap<>(4);
            }
            n = n.next.computeIfAbsent(c, k -> new Node());
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
            if (n.next == null) {
                break;
            }
            n = n.next.get(lower.charAt(i));
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
        return root.next == null;
    }
}
