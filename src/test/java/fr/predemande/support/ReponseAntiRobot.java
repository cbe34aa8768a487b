package fr.predemande.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Résout un défi ALTCHA comme le fait le widget dans le navigateur : cherche le nombre dont l'empreinte est le défi. */
public final class ReponseAntiRobot {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private ReponseAntiRobot() {}

    public static String resoudre(String defiJson) {
        try {
            JsonNode defi = JSON.readTree(defiJson);
            String sel = defi.get("salt").asString();
            String attendu = defi.get("challenge").asString();
            long max = defi.get("maxnumber").asLong();
            var sha = MessageDigest.getInstance("SHA-256");
            for (long nombre = 0; nombre <= max; nombre++) {
                String empreinte =
                        HexFormat.of().formatHex(sha.digest((sel + nombre).getBytes(StandardCharsets.UTF_8)));
                if (empreinte.equals(attendu)) {
                    String charge = JSON.writeValueAsString(java.util.Map.of(
                            "algorithm", defi.get("algorithm").asString(),
                            "challenge", attendu,
                            "number", nombre,
                            "salt", sel,
                            "signature", defi.get("signature").asString()));
                    return Base64.getEncoder().encodeToString(charge.getBytes(StandardCharsets.UTF_8));
                }
            }
            throw new AssertionError("Défi sans solution : " + defiJson);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
