package fr.predemande.stockage.internal;

import fr.predemande.stockage.DocumentIllisible;
import fr.predemande.stockage.DocumentIllisible.Raison;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.util.StringUtils;

/**
 * Les clés maîtresses de la configuration, chacune sous un identifiant, dont une active qui enveloppe les clés des
 * nouveaux documents ; les autres ne servent plus qu'à lire les documents qu'elles ont enveloppés, jusqu'à la rotation.
 *
 * <p>L'enveloppe est AES Key Wrap (RFC 3394, « AESWrap ») : pensée pour chiffrer une clé, sans IV à gérer sous une clé
 * maîtresse qui vit des années, et dont le contrôle d'intégrité distingue une mauvaise clé maîtresse d'une bonne. Aucun
 * message ni {@code toString} ne contient la valeur d'une clé.
 */
final class TrousseauDeCles {

    /** Lisible dans une commande, un message, un nom de variable ; il est gardé en base avec chaque document. */
    private static final Pattern IDENTIFIANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final String REGLAGE = "predemande.stockage.chiffrement.cles";
    private static final byte[] ETIQUETTE_DES_SECRETS =
            "predemande secrets AES-256-GCM v1".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, SecretKey> cles;
    private final String active;

    private TrousseauDeCles(Map<String, SecretKey> cles, String active) {
        this.cles = cles;
        this.active = active;
    }

    /**
     * @param entrees des {@code identifiant:clé en base64} (32 octets)
     * @param active l'identifiant de la clé des nouveaux documents ; facultatif quand il n'y a qu'une clé
     * @throws IllegalStateException qui dit ce qui ne va pas, sans jamais reprendre la valeur d'une clé
     */
    static TrousseauDeCles depuis(List<String> entrees, String active) {
        if (entrees.isEmpty()) {
            throw new IllegalStateException(REGLAGE + " ne contient aucune clé maîtresse");
        }
        Map<String, SecretKey> cles = new LinkedHashMap<>();
        for (int i = 0; i < entrees.size(); i++) {
            String entree = entrees.get(i).strip();
            int deuxPoints = entree.indexOf(':');
            String identifiant = deuxPoints < 0 ? "" : entree.substring(0, deuxPoints);
            if (!IDENTIFIANT.matcher(identifiant).matches()) {
                throw new IllegalStateException(REGLAGE + " : l'entrée n° " + (i + 1) + " n'a pas la forme"
                        + " identifiant:clé (identifiant de 1 à 64 lettres, chiffres, « . », « _ » ou « - »)");
            }
            byte[] octets;
            try {
                octets = Base64.getDecoder()
                        .decode(entree.substring(deuxPoints + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(REGLAGE + " : la clé « " + identifiant + " » n'est pas en base64");
            }
            if (octets.length != 32) {
                throw new IllegalStateException(REGLAGE + " : la clé « " + identifiant + " » fait " + octets.length
                        + " octets au lieu de 32 (AES-256) ; générez-en une par « openssl rand -base64 32 »");
            }
            if (cles.put(identifiant, new SecretKeySpec(octets, "AES")) != null) {
                throw new IllegalStateException(
                        REGLAGE + " : l'identifiant « " + identifiant + " » est donné deux fois");
            }
            Arrays.fill(octets, (byte) 0);
        }
        if (!StringUtils.hasText(active)) {
            if (cles.size() > 1) {
                throw new IllegalStateException("predemande.stockage.chiffrement.cle-active doit nommer la clé des"
                        + " nouveaux documents parmi " + String.join(", ", cles.keySet()));
            }
            active = cles.keySet().iterator().next();
        }
        if (!cles.containsKey(active.strip())) {
            throw new IllegalStateException("predemande.stockage.chiffrement.cle-active « " + active.strip()
                    + " » n'est pas parmi les clés de " + REGLAGE + " (" + String.join(", ", cles.keySet()) + ")");
        }
        return new TrousseauDeCles(Collections.unmodifiableMap(cles), active.strip());
    }

    /** L'identifiant de la clé qui enveloppe les clés des nouveaux documents. */
    String active() {
        return active;
    }

    Set<String> identifiants() {
        return cles.keySet();
    }

    /** La clé d'un document, enveloppée par la clé active (40 octets). */
    byte[] envelopper(SecretKey cleDuDocument) {
        try {
            Cipher enveloppe = Cipher.getInstance("AESWrap");
            enveloppe.init(Cipher.WRAP_MODE, cles.get(active));
            return enveloppe.wrap(cleDuDocument);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Enveloppe impossible avec la clé maîtresse « " + active + " »", e);
        }
    }

    /**
     * @param document la clé du document, pour le message
     * @throws DocumentIllisible si la clé maîtresse manque, ou si ce n'est pas elle qui a enveloppé cette clé
     */
    SecretKey desenvelopper(String document, String identifiant, byte[] cleEnveloppee) {
        SecretKey maitresse = identifiant == null ? null : cles.get(identifiant);
        if (maitresse == null) {
            throw new DocumentIllisible(
                    Raison.CLE_MAITRESSE_ABSENTE,
                    document,
                    identifiant,
                    "Le document " + document
                            + " a été chiffré avec la clé maîtresse « " + identifiant + " », absente de " + REGLAGE
                            + " (qui contient : " + String.join(", ", cles.keySet()) + ") : remettez-la pour le lire",
                    null);
        }
        try {
            Cipher enveloppe = Cipher.getInstance("AESWrap");
            enveloppe.init(Cipher.UNWRAP_MODE, maitresse);
            return (SecretKey) enveloppe.unwrap(cleEnveloppee, "AES", Cipher.SECRET_KEY);
        } catch (GeneralSecurityException e) {
            // le contrôle d'intégrité de l'AES Key Wrap échoue : autre clé sous le même identifiant, ou enveloppe
            // abîmée
            throw new DocumentIllisible(
                    Raison.CLE_MAITRESSE_INCORRECTE,
                    document,
                    identifiant,
                    "La clé maîtresse « "
                            + identifiant + " » de la configuration n'est pas celle qui a chiffré le document "
                            + document
                            + " (ou sa clé enveloppée a été altérée) : vérifiez la valeur donnée pour « " + identifiant
                            + " »",
                    e);
        }
    }

    /**
     * La clé des secrets ({@link CoffreAesGcm}) dérivée de la clé maîtresse {@code identifiant} : HMAC-SHA-256 de la
     * clé maîtresse sur une étiquette fixe (HKDF-Expand d'un seul bloc, RFC 5869). Une clé maîtresse ne sert ainsi
     * qu'à un seul algorithme, l'AES Key Wrap des documents ; l'AES-GCM des secrets a sa propre clé.
     *
     * @return vide si la configuration n'a pas cette clé maîtresse
     */
    Optional<SecretKey> cleDesSecrets(String identifiant) {
        SecretKey maitresse = identifiant == null ? null : cles.get(identifiant);
        if (maitresse == null) {
            return Optional.empty();
        }
        byte[] derivee = null;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(maitresse.getEncoded(), "HmacSHA256"));
            hmac.update(ETIQUETTE_DES_SECRETS);
            derivee = hmac.doFinal(new byte[] {1});
            return Optional.of(new SecretKeySpec(derivee, "AES"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Dérivation impossible depuis la clé maîtresse « " + identifiant + " »", e);
        } finally {
            if (derivee != null) {
                Arrays.fill(derivee, (byte) 0);
            }
        }
    }

    @Override
    public String toString() {
        return "TrousseauDeCles[active=" + active + ", cles=" + cles.keySet() + "]";
    }
}
