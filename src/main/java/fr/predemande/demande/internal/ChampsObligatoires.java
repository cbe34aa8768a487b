package fr.predemande.demande.internal;

import fr.predemande.demande.Section;
import fr.predemande.justificatifs.AcquisitionNationalite;
import fr.predemande.justificatifs.Motif;
import fr.predemande.justificatifs.TypeAdresse;
import fr.predemande.justificatifs.TypeDeTitre;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.BeanWrapperImpl;

/**
 * Quels champs portent la marque « obligatoire » : ceux de toute demande, et ceux qu'une autre réponse rend
 * obligatoires. Sans JavaScript, d'après les réponses enregistrées ; avec, la page relit la condition
 * ({@code data-obligatoire-si}) quand la réponse dont elle dépend change sur la même page.
 */
final class ChampsObligatoires {

    /**
     * Un champ obligatoire selon la réponse d'un autre : quand elle est (ou n'est pas) l'une de ces valeurs, comparées
     * sans casse ni blancs autour ; une case à cocher vaut « true » cochée, « false » sinon.
     */
    record Condition(String champ, boolean parmi, Set<String> valeurs) {

        boolean vaut(String valeur) {
            String v = valeur == null ? "" : valeur.strip().toLowerCase(Locale.ROOT);
            return valeurs.contains(v) == parmi;
        }

        /** La forme que lit le script de la page : {@code champ=v1|v2} ou {@code champ!=v1|v2}. */
        String pourLaPage() {
            return champ + (parmi ? "=" : "!=") + String.join("|", valeurs);
        }
    }

    static final Set<String> TOUJOURS = Set.of(
            "titre",
            "motif",
            "titreSecurise",
            "sexe",
            "nomNaissance",
            "prenoms",
            "dateNaissance",
            "taille",
            "acquisition",
            "typeAdresse",
            "ligne1",
            "codePostal",
            "commune",
            "courriel");

    private static final Set<String> EN_FRANCE = Set.of("", "france", "99100");

    static final Map<String, Condition> CONDITIONS = Map.ofEntries(
            Map.entry("ancienTitreType", sauf("motif", Motif.values(), m -> !m.exigeAncienTitre())),
            Map.entry("ancienTitreNumero", sauf("motif", Motif.values(), m -> !m.exigeAncienTitre())),
            Map.entry("ancienTitreDateDelivrance", sauf("motif", Motif.values(), m -> !m.exigeAncienTitre())),
            Map.entry(
                    "ancienTitrePresentable",
                    sauf("motif", Motif.values(), m -> !m.exigeAncienTitre() || m.titrePerdu())),
            Map.entry("communeNaissance", new Condition("paysNaissance", true, EN_FRANCE)),
            Map.entry("villeNaissanceEtranger", new Condition("paysNaissance", false, EN_FRANCE)),
            Map.entry("mentionNomUsage", new Condition("nomUsage", false, Set.of(""))),
            Map.entry("couleurYeux", parmi("titre", TypeDeTitre.values(), TypeDeTitre::inclutPasseport)),
            Map.entry("parent1Nom", new Condition("parent1Inconnu", false, Set.of("true"))),
            Map.entry("parent1Prenoms", new Condition("parent1Inconnu", false, Set.of("true"))),
            Map.entry("parent2Nom", new Condition("parent2Inconnu", false, Set.of("true"))),
            Map.entry("parent2Prenoms", new Condition("parent2Inconnu", false, Set.of("true"))),
            Map.entry(
                    "precision",
                    parmi("acquisition", AcquisitionNationalite.values(), a -> a == AcquisitionNationalite.AUTRE)),
            Map.entry("nomHebergeant", parmi("typeAdresse", TypeAdresse.values(), t -> t == TypeAdresse.HEBERGE)));

    private ChampsObligatoires() {}

    /** Les champs obligatoires de cette section, d'après les réponses enregistrées. */
    static Set<String> de(Section section, Reponses reponses) {
        var champs = new LinkedHashSet<String>();
        for (var propriete : BeanUtils.getPropertyDescriptors(Formulaires.classe(section))) {
            String champ = propriete.getName();
            Condition condition = CONDITIONS.get(champ);
            if (TOUJOURS.contains(champ)
                    || (condition != null && condition.vaut(valeur(condition.champ(), reponses)))) {
                champs.add(champ);
            }
        }
        return champs;
    }

    /** Les conditions à relire sur la page : celles dont la réponse décisive est dans la même section. */
    static Map<String, String> surLaPage(Section section) {
        Set<String> champsDeLaSection = Arrays.stream(BeanUtils.getPropertyDescriptors(Formulaires.classe(section)))
                .map(p -> p.getName())
                .collect(Collectors.toSet());
        return CONDITIONS.entrySet().stream()
                .filter(e -> champsDeLaSection.contains(e.getKey())
                        && champsDeLaSection.contains(e.getValue().champ()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().pourLaPage()));
    }

    private static String valeur(String champ, Reponses reponses) {
        for (Section section : Section.values()) {
            var formulaire = new BeanWrapperImpl(Formulaires.dans(section, reponses));
            if (formulaire.isReadableProperty(champ)) {
                Object valeur = formulaire.getPropertyValue(champ);
                return valeur instanceof Enum<?> e ? e.name() : valeur == null ? "" : valeur.toString();
            }
        }
        throw new IllegalArgumentException("Champ inconnu : " + champ);
    }

    private static <E extends Enum<E>> Condition parmi(String champ, E[] valeurs, Predicate<E> retenue) {
        return new Condition(champ, true, noms(Stream.of(valeurs).filter(retenue)));
    }

    /** Obligatoire sauf quand la réponse est vide ou l'une de ces valeurs. */
    private static <E extends Enum<E>> Condition sauf(String champ, E[] valeurs, Predicate<E> exclue) {
        var exclues = new LinkedHashSet<>(noms(Stream.of(valeurs).filter(exclue)));
        exclues.add("");
        return new Condition(champ, false, exclues);
    }

    private static <E extends Enum<E>> Set<String> noms(Stream<E> valeurs) {
        return valeurs.map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
