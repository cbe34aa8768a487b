package fr.predemande.referentiel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Les fichiers de données ouvertes que la construction copie dans le classpath ({@code /referentiel/}), lus et filtrés.
 * Ce qui n'a pas la forme attendue est écarté ; un jeu anormalement petit est refusé, pour qu'un fichier tronqué ne
 * vide jamais les tables.
 */
final class DonneesOfficielles {

    /** À changer quand la façon de charger change (filtre, forme normalisée) : le jeu est alors rechargé partout. */
    static final String VERSION_DU_CHARGEMENT = "1";

    static final String FICHIER_DEPARTEMENTS = "referentiel/departements.json";
    static final String FICHIER_COMMUNES = "referentiel/communes.json";
    static final String FICHIER_CODES_PAYS = "referentiel/pays/codes.json";
    static final String FICHIER_NOMS_PAYS = "referentiel/pays/langs/fr.json";

    /** Les communes où l'on naît : les communes actuelles, et les arrondissements de Paris, Lyon et Marseille. */
    private static final Set<String> TYPES_RETENUS = Set.of("commune-actuelle", "arrondissement-municipal");
    /** Territoires français qui ont un code ISO : on y naît en France, dans une commune du référentiel. */
    private static final Set<String> TERRITOIRES_FRANCAIS =
            Set.of("GF", "GP", "MQ", "RE", "YT", "PM", "BL", "MF", "WF", "PF", "NC", "TF");

    private static final Set<String> ZONES = Set.of("metro", "drom", "com");
    private static final Pattern CODE_INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");
    private static final Pattern CODE_DEPARTEMENT = Pattern.compile("[0-9][0-9AB][0-9]?");
    private static final Pattern CODE_POSTAL = Pattern.compile("[0-9]{5}");
    private static final Pattern CODE_ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern CODE_ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern CODE_NUMERIQUE = Pattern.compile("[0-9]{3}");

    static final int MINIMUM_DE_DEPARTEMENTS = 100;
    static final int MINIMUM_DE_COMMUNES = 30_000;
    static final int MINIMUM_DE_PAYS = 190;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record DepartementOfficiel(String code, String nom, String zone) {}

    record CommuneOfficielle(String code, String nom, String departement, List<String> codesPostaux, int population) {}

    record PaysOfficiel(String codeIso, String codeIso3, String codeNumerique, String nom) {}

    /** Des fichiers lus en entier, et leur empreinte SHA-256 (avec la version du chargement). */
    record Fichiers(List<byte[]> contenus, String empreinte) {

        static Fichiers lire(String... chemins) {
            try {
                var sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update(VERSION_DU_CHARGEMENT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                var contenus = new ArrayList<byte[]>();
                for (String chemin : chemins) {
                    byte[] contenu;
                    try (InputStream flux = new ClassPathResource(chemin).getInputStream()) {
                        contenu = flux.readAllBytes();
                    }
                    sha256.update(contenu);
                    contenus.add(contenu);
                }
                return new Fichiers(List.copyOf(contenus), HexFormat.of().formatHex(sha256.digest()));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Données du référentiel introuvables dans le classpath (construction"
                                + " Maven incomplète ? npm ci puis process-resources les copie)",
                        e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private DonneesOfficielles() {}

    static Fichiers fichiersDesCommunes() {
        return Fichiers.lire(FICHIER_DEPARTEMENTS, FICHIER_COMMUNES);
    }

    static Fichiers fichiersDesPays() {
        return Fichiers.lire(FICHIER_CODES_PAYS, FICHIER_NOMS_PAYS);
    }

    record Brut(
            String code,
            String nom,
            String zone,
            String type,
            String departement,
            List<String> codesPostaux,
            Integer population) {}

    static List<DepartementOfficiel> departements(byte[] json) {
        List<Brut> lus = JSON.readValue(json, new TypeReference<List<Brut>>() {});
        var departements = new ArrayList<DepartementOfficiel>();
        for (Brut d : lus) {
            if (d.code() != null
                    && CODE_DEPARTEMENT.matcher(d.code()).matches()
                    && texte(d.nom())
                    && d.zone() != null
                    && ZONES.contains(d.zone())) {
                departements.add(new DepartementOfficiel(d.code(), d.nom().strip(), d.zone()));
            }
        }
        return auMoins(departements, MINIMUM_DE_DEPARTEMENTS, "départements");
    }

    static List<CommuneOfficielle> communes(byte[] json, Set<String> departementsConnus) {
        List<Brut> lus = JSON.readValue(json, new TypeReference<List<Brut>>() {});
        var communes = new ArrayList<CommuneOfficielle>();
        for (Brut c : lus) {
            if (c.type() != null
                    && TYPES_RETENUS.contains(c.type())
                    && c.code() != null
                    && CODE_INSEE.matcher(c.code()).matches()
                    && texte(c.nom())
                    && departementsConnus.contains(c.departement())) {
                List<String> codesPostaux = c.codesPostaux() == null
                        ? List.of()
                        : c.codesPostaux().stream()
                                .filter(cp ->
                                        cp != null && CODE_POSTAL.matcher(cp).matches())
                                .distinct()
                                .sorted()
                                .toList();
                int population = c.population() == null ? 0 : Math.max(0, c.population());
                communes.add(
                        new CommuneOfficielle(c.code(), c.nom().strip(), c.departement(), codesPostaux, population));
            }
        }
        return auMoins(communes, MINIMUM_DE_COMMUNES, "communes");
    }

    record NomsDesPays(String locale, Map<String, Object> countries) {}

    static List<PaysOfficiel> pays(byte[] codesJson, byte[] nomsJson) {
        List<List<String>> codes = JSON.readValue(codesJson, new TypeReference<List<List<String>>>() {});
        NomsDesPays noms = JSON.readValue(nomsJson, NomsDesPays.class);
        var pays = new ArrayList<PaysOfficiel>();
        for (List<String> ligne : codes) {
            if (ligne.size() < 3) {
                continue;
            }
            String iso2 = ligne.get(0);
            String iso3 = ligne.get(1);
            String numerique = ligne.get(2);
            String nom = nom(noms.countries().get(iso2));
            if (iso2 != null
                    && CODE_ISO2.matcher(iso2).matches()
                    && !TERRITOIRES_FRANCAIS.contains(iso2)
                    && iso3 != null
                    && CODE_ISO3.matcher(iso3).matches()
                    && numerique != null
                    && CODE_NUMERIQUE.matcher(numerique).matches()
                    && texte(nom)) {
                pays.add(new PaysOfficiel(iso2, iso3, numerique, nom.strip()));
            }
        }
        return auMoins(pays, MINIMUM_DE_PAYS, "pays");
    }

    /** Un nom de pays est une chaîne, ou une liste de variantes dont la première est l'usuelle. */
    private static String nom(Object valeur) {
        if (valeur instanceof String chaine) {
            return chaine;
        }
        if (valeur instanceof List<?> variantes
                && !variantes.isEmpty()
                && variantes.get(0) instanceof String premiere) {
            return premiere;
        }
        return null;
    }

    private static boolean texte(String valeur) {
        return valeur != null && !valeur.isBlank() && valeur.strip().length() <= 100;
    }

    private static <T> List<T> auMoins(List<T> lignes, int minimum, String quoi) {
        if (lignes.size() < minimum) {
            throw new IllegalStateException("Données du référentiel suspectes : " + lignes.size() + " " + quoi
                    + " lus, au moins " + minimum + " attendus. Rien n'est chargé.");
        }
        return List.copyOf(lignes);
    }
}
