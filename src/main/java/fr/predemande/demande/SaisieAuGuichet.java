package fr.predemande.demande;

import java.util.List;
import java.util.Map;

/**
 * Une déclaration saisie par un agent au guichet : les mêmes sections, les mêmes champs et les mêmes règles que chez
 * l'usager. Sert à corriger une pré-demande retrouvée et à taper un formulaire papier ; la page qui l'emploie inclut
 * le fragment des champs de la section ({@code demande/champs :: {chemin}}) dans un formulaire lié à
 * {@code formulaire}.
 */
public interface SaisieAuGuichet {

    /** Une déclaration vierge, pour taper un formulaire papier. */
    Declaration vierge();

    /** De quoi afficher les champs d'une section, pré-remplis avec la déclaration. */
    PageDeSection afficher(Declaration declaration, Section section);

    /**
     * Applique à la déclaration ce qui a été envoyé pour une section, puis les règles de la section : la déclaration
     * modifiée, ou la page avec ses erreurs (rien de ce qui a été tapé n'y est perdu).
     */
    ResultatDeSaisie enregistrer(Declaration declaration, Section section, Map<String, String[]> parametres);

    /** Les réponses mises en mots, section par section (comme sur la page de vérification). */
    List<SectionAffichee> sections(Declaration declaration);

    /** Ce qui empêche d'aller plus loin : les règles de toutes les sections et les contrôles de cohérence. */
    List<ProblemeDeSaisie> problemes(Declaration declaration);

    /** Les réponses qui diffèrent entre deux déclarations, champ par champ, telles qu'on les montre. */
    List<Difference> differences(Declaration avant, Declaration apres);

    /**
     * Les attributs de modèle d'une section : le formulaire lié ({@code formulaire}), ses erreurs éventuelles
     * ({@code BindingResult}), les champs obligatoires, les listes d'options ; {@code section} est la section.
     */
    record PageDeSection(Section section, Map<String, Object> modele) {

        public PageDeSection {
            modele = Map.copyOf(modele);
        }

        public boolean aDesErreurs() {
            return modele.values().stream()
                    .anyMatch(v -> v instanceof org.springframework.validation.Errors e && e.hasErrors());
        }
    }

    /** Ce que donne l'enregistrement d'une section. */
    sealed interface ResultatDeSaisie {

        record Enregistree(Declaration declaration) implements ResultatDeSaisie {}

        record Refusee(PageDeSection page) implements ResultatDeSaisie {}
    }

    /** Un problème à corriger : sa section, son champ, et son texte (« État civil : indiquez la date de naissance »). */
    record ProblemeDeSaisie(Section section, String champ, String texte) {}

    /** Une réponse changée : comment elle était montrée avant, et après. */
    record Difference(Section section, String champ, String libelle, String avant, String apres) {}
}
