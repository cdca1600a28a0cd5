package org.eventline.extract.entity;

import org.eventline.extract.Component;
import org.eventline.extract.Doc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds actors and places: gazetteer aliases first, then one-character abbreviations where they
 * stand in a list (美、烏、歐三方, 美歐, 俄烏) or before 方 (美方 is in the gazetteer already).
 */
public final class EntityFinder implements Component {

    private static final String LIST_TAIL = "三方四方双方两国三国各方军";

    private final Gazetteer gazetteer;

    public EntityFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void process(Doc doc) {
        String norm = doc.text.normalized();
        String text = doc.text.text();
        List<EntityMention> found = new ArrayList<>(gazetteer.match(norm, text));
        if (doc.text.chinese()) {
            found.addAll(abbreviations(norm, text, found));
        }
        found.sort(Comparator.comparingInt(EntityMention::start));
        doc.entities.addAll(found);
    }

    /** Runs of abbreviations, optionally separated by 、, of two or more, or one before a list tail. */
    private List<EntityMention> abbreviations(String norm, String text, List<EntityMention> taken) {
        boolean[] covered = new boolean[norm.length()];
        for (EntityMention m : taken) {
            for (int k = m.start(); k < m.end(); k++) {
                covered[k] = true;
            }
        }
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < norm.length()) {
            List<EntityMention> run = new ArrayList<>();
            int k = i;
            while (k < norm.length() && !covered[k] && gazetteer.abbreviation(norm.charAt(k)) != null) {
                Entry e = gazetteer.abbreviation(norm.charAt(k));
                run.add(new EntityMention(e, k, k + 1, text.substring(k, k + 1), 0.75, true));
                k++;
                if (k < norm.length() && norm.charAt(k) == '、' && k + 1 < norm.length()
                        && gazetteer.abbreviation(norm.charAt(k + 1)) != null && !covered[k + 1]) {
                    k++;
                }
            }
            boolean tail = k < norm.length() && LIST_TAIL.indexOf(norm.charAt(k)) >= 0;
            if (run.size() >= 2 || (run.size() == 1 && tail && k < norm.length() && norm.charAt(k) != '方')) {
                out.addAll(run);
            }
            i = run.isEmpty() ? i + 1 : k;
        }
        return out;
    }
}
