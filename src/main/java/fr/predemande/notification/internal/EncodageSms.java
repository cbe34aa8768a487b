package fr.predemande.notification.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Comment un texte part en SMS : alphabet GSM 7 bits (GSM 03.38) quand chaque caractère s'y trouve, UCS-2 sinon, et en
 * un ou deux segments. Au-delà de deux segments le texte est refusé : c'est au rédacteur de faire court.
 *
 * <p>Les limites : 160 septets en un segment, 153 par segment au-delà (l'en-tête de concaténation en prend 7) ; 70
 * caractères UCS-2 en un segment, 67 par segment au-delà. Un caractère de la table d'extension (euro, crochets,
 * accolades, barre oblique inverse, accent circonflexe, tilde, barre verticale, saut de page) compte pour deux septets
 * (échappement 0x1B puis son code) et n'est jamais coupé entre deux segments ;
 * un caractère hors du plan multilingue de base (emoji) compte pour deux unités UCS-2, jamais coupées non plus.
 *
 * <p>Les messages de l'application sont écrits avec une typographie soignée (apostrophe ’, espaces insécables,
 * guillemets « »), absente de l'alphabet GSM : un seul de ces signes ferait passer tout le texte en UCS-2 et diviserait
 * sa longueur permise par plus de deux. Quand le reste du texte est en GSM, ces signes sont donc remplacés par leur
 * équivalent simple (apostrophe droite, espace simple, guillemet droit, trois points) ; sinon le texte part tel quel en UCS-2.
 *
 * <p>Les septets sont rendus un par octet (non compactés) : c'est la forme qu'attend un SMSC pour le codage 0
 * (« alphabet par défaut du SMSC ») en SMPP, qui les compacte lui-même vers le réseau.
 */
final class EncodageSms {

    /** Le codage d'un SMS, avec son octet {@code data_coding} SMPP et ses longueurs permises, en caractères. */
    enum Codage {
        GSM_7((byte) 0x00, 160, 153, 1),
        UCS_2((byte) 0x08, 70, 67, 2);

        final byte dataCoding;
        final int seulSegment;
        final int parSegment;
        final int octetsParCaractere;

        Codage(byte dataCoding, int seulSegment, int parSegment, int octetsParCaractere) {
            this.dataCoding = dataCoding;
            this.seulSegment = seulSegment;
            this.parSegment = parSegment;
            this.octetsParCaractere = octetsParCaractere;
        }
    }

    /**
     * Un texte prêt à partir : le texte réellement envoyé (après remplacement de la typographie), son codage, et les
     * octets de chaque segment, sans en-tête de concaténation.
     */
    record SmsCode(String texte, Codage codage, List<byte[]> segments) {

        SmsCode {
            segments = List.copyOf(segments);
        }

        int nombreDeSegments() {
            return segments.size();
        }
    }

    static final int SEGMENTS_MAX = 2;
    static final byte ECHAPPEMENT = 0x1B;

    /** La table de base GSM 03.38 : le caractère d'indice n a le code n (0x1B, l'échappement, n'est pas un caractère). */
    static final String TABLE_DE_BASE = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** La table d'extension : ces caractères s'écrivent 0x1B suivi de leur code. */
    static final Map<Character, Byte> TABLE_D_EXTENSION = Map.of(
            '\f',
            (byte) 0x0A,
            '^',
            (byte) 0x14,
            '{',
            (byte) 0x28,
            '}',
            (byte) 0x29,
            '\\',
            (byte) 0x2F,
            '[',
            (byte) 0x3C,
            '~',
            (byte) 0x3D,
            ']',
            (byte) 0x3E,
            '|',
            (byte) 0x40,
            '€',
            (byte) 0x65);

    /** La typographie remplacée quand le reste du texte tient en GSM : rien qui change le sens, seulement la forme. */
    static final Map<Character, String> TYPOGRAPHIE = Map.ofEntries(
            Map.entry('\u2019', "'"),
            Map.entry('\u2018', "'"),
            Map.entry('\u201A', "'"),
            Map.entry('\u2032', "'"),
            Map.entry('\u201C', "\""),
            Map.entry('\u201D', "\""),
            Map.entry('\u201E', "\""),
            Map.entry('«', "\""),
            Map.entry('»', "\""),
            Map.entry('\u00A0', " "),
            Map.entry('\u202F', " "),
            Map.entry('\u2009', " "),
            Map.entry('\u2007', " "),
            Map.entry('\u2010', "-"),
            Map.entry('\u2011', "-"),
            Map.entry('\u2013', "-"),
            Map.entry('\u2014', "-"),
            Map.entry('\u2212', "-"),
            Map.entry('\u2026', "..."));

    private static final Map<Character, Byte> BASE = new HashMap<>();
    private static final Map<Byte, Character> EXTENSION_INVERSE = new HashMap<>();

    static {
        if (TABLE_DE_BASE.length() != 128) {
            throw new IllegalStateException("Table GSM 03.38 incomplète : " + TABLE_DE_BASE.length());
        }
        for (int code = 0; code < 128; code++) {
            if (code != ECHAPPEMENT) {
                BASE.put(TABLE_DE_BASE.charAt(code), (byte) code);
            }
        }
        TABLE_D_EXTENSION.forEach((caractere, code) -> EXTENSION_INVERSE.put(code, caractere));
    }

    private EncodageSms() {}

    /**
     * Code un texte pour l'envoi.
     *
     * @throws IllegalArgumentException si le texte demande plus de deux segments ou n'est pas de l'Unicode bien formé
     */
    static SmsCode coder(String texte) {
        Objects.requireNonNull(texte, "texte");
        String compose = Normalizer.normalize(texte, Normalizer.Form.NFC);
        verifierLesPaires(compose);
        if (estEnGsm7(compose)) {
            return decouper(compose, Codage.GSM_7, septets(compose));
        }
        String simplifie = simplifierLaTypographie(compose);
        if (estEnGsm7(simplifie)) {
            return decouper(simplifie, Codage.GSM_7, septets(simplifie));
        }
        return decouper(compose, Codage.UCS_2, unitesUcs2(compose));
    }

    /** Vrai si chaque caractère est dans la table de base ou d'extension GSM 03.38. */
    static boolean estEnGsm7(String texte) {
        return texte.chars().allMatch(c -> BASE.containsKey((char) c) || TABLE_D_EXTENSION.containsKey((char) c));
    }

    /** Le nombre de septets d'un texte en GSM 7 bits (deux pour un caractère d'extension). */
    static int longueurEnSeptets(String texte) {
        return texte.chars()
                .map(c -> TABLE_D_EXTENSION.containsKey((char) c) ? 2 : 1)
                .sum();
    }

    /** Lit des septets non compactés, un par octet. */
    static String decoderGsm7(byte[] octets) {
        var texte = new StringBuilder(octets.length);
        for (int i = 0; i < octets.length; i++) {
            int code = octets[i];
            if (code < 0) {
                throw new IllegalArgumentException("Octet hors de l'alphabet GSM 7 bits : " + (code & 0xFF));
            }
            if (code == ECHAPPEMENT) {
                if (i + 1 == octets.length) {
                    throw new IllegalArgumentException("Échappement GSM en fin de segment");
                }
                Character etendu = EXTENSION_INVERSE.get(octets[++i]);
                if (etendu == null) {
                    throw new IllegalArgumentException("Code d'extension GSM inconnu : " + octets[i]);
                }
                texte.append(etendu);
            } else {
                texte.append(TABLE_DE_BASE.charAt(code));
            }
        }
        return texte.toString();
    }

    static String simplifierLaTypographie(String texte) {
        var simplifie = new StringBuilder(texte.length());
        texte.chars().forEach(c -> simplifie.append(TYPOGRAPHIE.getOrDefault((char) c, String.valueOf((char) c))));
        return simplifie.toString();
    }

    private static List<byte[]> septets(String texte) {
        var unites = new ArrayList<byte[]>(texte.length());
        for (char c : texte.toCharArray()) {
            Byte base = BASE.get(c);
            unites.add(base != null ? new byte[] {base} : new byte[] {ECHAPPEMENT, TABLE_D_EXTENSION.get(c)});
        }
        return unites;
    }

    /** Un point de code par unité, pour ne jamais couper une paire de substitution entre deux segments. */
    private static List<byte[]> unitesUcs2(String texte) {
        return texte.codePoints()
                .mapToObj(Character::toString)
                .map(s -> s.getBytes(StandardCharsets.UTF_16BE))
                .toList();
    }

    private static SmsCode decouper(String texte, Codage codage, List<byte[]> unites) {
        int longueur = unites.stream().mapToInt(unite -> unite.length).sum() / codage.octetsParCaractere;
        if (longueur <= codage.seulSegment) {
            var segment = new ByteArrayOutputStream();
            unites.forEach(segment::writeBytes);
            return new SmsCode(texte, codage, List.of(segment.toByteArray()));
        }
        var segments = new ArrayList<byte[]>();
        var segment = new ByteArrayOutputStream();
        for (byte[] unite : unites) {
            if ((segment.size() + unite.length) / codage.octetsParCaractere > codage.parSegment) {
                segments.add(segment.toByteArray());
                segment.reset();
            }
            segment.writeBytes(unite);
        }
        segments.add(segment.toByteArray());
        if (segments.size() > SEGMENTS_MAX) {
            throw new IllegalArgumentException(trop(texte, codage, longueur));
        }
        return new SmsCode(texte, codage, segments);
    }

    private static String trop(String texte, Codage codage, int longueur) {
        String message = "Texte de SMS trop long : " + longueur + " caractères en " + codage + ", au plus "
                + SEGMENTS_MAX * codage.parSegment + " (" + SEGMENTS_MAX + " segments)";
        if (codage == Codage.UCS_2) {
            String simplifie = simplifierLaTypographie(texte);
            int horsGsm = simplifie
                    .codePoints()
                    .filter(c -> c > 0xFFFF || !estEnGsm7(Character.toString(c)))
                    .findFirst()
                    .orElse('?');
            message += " ; « " + Character.toString(horsGsm) + " » est hors de l'alphabet GSM et impose l'UCS-2"
                    + " (au plus " + SEGMENTS_MAX * Codage.GSM_7.parSegment + " caractères sans lui)";
        }
        return message;
    }

    private static void verifierLesPaires(String texte) {
        for (int i = 0; i < texte.length(); i++) {
            char c = texte.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < texte.length()
                    && Character.isLowSurrogate(texte.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(
                        "Texte de SMS mal formé : demi-paire de substitution à l'indice " + i);
            }
        }
    }
}
