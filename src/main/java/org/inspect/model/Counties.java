package org.inspect.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Names of Tai'an's counties, districts and functional zones by code (domain guide); used in documents. */
public final class Counties {

    /** Code to Chinese name, in the order the city lists them. */
    public static final Map<String, String> TAIAN;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("370902", "泰山区");
        m.put("370911", "岱岳区");
        m.put("370921", "宁阳县");
        m.put("370923", "东平县");
        m.put("370982", "新泰市");
        m.put("370983", "肥城市");
        m.put("370971", "泰安高新区");
        m.put("370972", "泰山景区");
        TAIAN = java.util.Collections.unmodifiableMap(m);
    }

    private Counties() {
    }

    /** The Chinese name of a county code, or the code itself when unknown. */
    public static String name(String code) {
        return Optional.ofNullable(TAIAN.get(code)).orElse(code);
    }
}
