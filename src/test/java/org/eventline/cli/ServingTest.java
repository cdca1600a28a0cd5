package org.eventline.cli;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ServingTest {

    private static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    @Test
    void theBrowserAddressFillsInTheConnectForm() {
        String url = Serving.browserUrl("http://127.0.0.1:7474/browser/", "bolt://127.0.0.1:7687", "neo4j", true);
        assertEquals(Map.of("dbms", "bolt://neo4j@127.0.0.1:7687", "db", "neo4j", "preselectAuthMethod", "NATIVE"),
                query(url));
        assertFalse(url.contains("password"), "Browser takes no password from an address, and none is printed");
    }

    @Test
    void withoutAuthenticationNoUserIsNamed() {
        String url = Serving.browserUrl("http://127.0.0.1:17474/browser/", "bolt://127.0.0.1:17687", "news", false);
        assertEquals(Map.of("dbms", "bolt://127.0.0.1:17687", "db", "news", "preselectAuthMethod", "NO_AUTH"), query(url));
    }
}
