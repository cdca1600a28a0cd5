package org.eventline.cli;

import org.eventline.graph.TestGraph;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoIT {

    @Test
    void demoIngestsTheBundledSamplesOnceAndPrintsADatedTimeline() {
        TestGraph.clean().announce();
        String store = TestGraph.store().toString();
        Cli first = Cli.run("demo", "--no-serve", "--store", store);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("4 new, 0 unchanged"), first.err());
        List<String> dated = first.out().lines().filter(Pattern.compile("^\\d{4}-\\d{2}").asPredicate()).toList();
        assertTrue(dated.size() >= 5, first.out());
        assertTrue(first.out().contains("security guarantee"), first.out());
        assertTrue(first.out().contains("territorial position"), first.out());

        Cli again = Cli.run("demo", "--no-serve", "--store", store);
        assertTrue(again.err().contains("0 new, 4 unchanged"), again.err());
        assertEquals(first.out(), again.out(), "a second demo run changes nothing");
    }
}
