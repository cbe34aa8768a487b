package fr.predemande.recueil.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Les codes des listes fermées que publie le schéma PreDemandeV1 sont ceux des constantes Java (documenté) : ils sont
 * figés ici pour la version 1. Renommer, retirer ou ajouter une constante change ce que reçoivent les logiciels des
 * éditeurs : ce test échoue alors, et la décision se prend en connaissance de cause (correspondance explicite dans
 * PreDemandeV1, ou valeur nouvelle annoncée aux éditeurs, ou version 2).
 */
class CodesPubliesTest {

    private static final Map<String, List<String>> CODES_DE_LA_VERSION_1 = Map.of(
            "TypeDeTitre", List.of("CNI", "PASSEPORT", "CNI_ET_PASSEPORT"),
            "Motif",
                    List.of(
                            "PREMIERE_DEMANDE",
                            "RENOUVELLEMENT",
                            "PERTE",
                            "VOL",
                            "CHANGEMENT_ETAT_CIVIL",
                            "CHANGEMENT_ADRESSE",
                            "DETERIORATION",
                            "PAGES_PLEINES",
                            "ERREUR_ADMINISTRATION"),
            "Sexe", List.of("F", "M"),
            "MentionNomUsage", List.of("EPOUX", "EPOUSE", "VEUF", "VEUVE", "USAGE"),
            "CouleurDesYeux", List.of("BLEU", "VERT", "GRIS", "MARRON", "NOIR", "NOISETTE", "VAIRONS", "AUTRE"),
            "AcquisitionNationalite",
                    List.of(
                            "FILIATION",
                            "NAISSANCE_EN_FRANCE",
                            "DECLARATION",
                            "NATURALISATION",
                            "REINTEGRATION",
                            "AUTRE"),
            "TypeAdresse", List.of("DOMICILE", "HEBERGE", "HOTEL", "RESIDENCE_MOBILE", "ELECTION_DOMICILE"),
            "PieceJustificative",
                    List.of(
                            "NUMERO_PREDEMANDE",
                            "PHOTO_IDENTITE",
                            "JUSTIFICATIF_DOMICILE",
                            "JUSTIFICATIF_DOMICILE_HEBERGEANT",
                            "ATTESTATION_HEBERGEANT",
                            "PIECE_IDENTITE_HEBERGEANT",
                            "TITRE_SECURISE",
                            "ACTE_DE_NAISSANCE",
                            "PREUVE_NATIONALITE",
                            "ANCIEN_TITRE",
                            "DECLARATION_DE_PERTE",
                            "DECLARATION_DE_VOL",
                            "ACTE_ETAT_CIVIL_CHANGEMENT",
                            "ACTE_DE_MARIAGE",
                            "JUGEMENT_OU_ACCORD_DIVORCE",
                            "ACTE_DE_DECES",
                            "ACTE_NAISSANCE_DEUX_PARENTS",
                            "TIMBRE_FISCAL"));

    @Test
    void chaqueListeFermeeDuSchemaV1GardeSesCodes() {
        Map<String, List<String>> publies = new TreeMap<>();
        for (Class<?> liste : listesFermees(PreDemandeV1.class, new LinkedHashSet<>())) {
            publies.put(
                    liste.getSimpleName(),
                    Arrays.stream(liste.getEnumConstants())
                            .map(c -> ((Enum<?>) c).name())
                            .toList());
        }
        assertThat(publies).isEqualTo(new TreeMap<>(CODES_DE_LA_VERSION_1));
    }

    /** Les énumérations qu'atteint le schéma, en descendant dans ses records et ses listes. */
    private static Set<Class<?>> listesFermees(Class<?> record, Set<Class<?>> vus) {
        var listes = new LinkedHashSet<Class<?>>();
        if (!vus.add(record)) {
            return listes;
        }
        for (RecordComponent composant : record.getRecordComponents()) {
            for (Class<?> type : types(composant.getGenericType())) {
                if (type.isEnum()) {
                    listes.add(type);
                } else if (type.isRecord()) {
                    listes.addAll(listesFermees(type, vus));
                }
            }
        }
        return listes;
    }

    private static List<Class<?>> types(Type type) {
        if (type instanceof Class<?> classe) {
            return List.of(classe);
        }
        if (type instanceof ParameterizedType parametre) {
            return Arrays.stream(parametre.getActualTypeArguments())
                    .flatMap(t -> types(t).stream())
                    .toList();
        }
        return List.of();
    }
}
