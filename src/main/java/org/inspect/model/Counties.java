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

    /** The code of a county given by its code or its Chinese name (泰山区 or 370902), if it is one of the city's. */
    public static Optional<String> resolve(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String t = codeOrName.strip();
        if (TAIAN.containsKey(t)) {
            return Optional.of(t);
        }
        return TAIAN.entrySet().stream().filter(e -> e.getValue().equals(t)).map(Map.Entry::getKey).findFirst();
    }

    /** The counties as {@code 370902 泰山区, 370911 岱岳区, ...}, for messages. */
    public static String listing() {
        StringBuilder sb = new StringBuilder();
        TAIAN.forEach((code, name) -> sb.append(sb.length() == 0 ? "" : ", ").append(code).append(' ').append(name));
        return sb.toString();
    }
}
