package fr.predemande.demande.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.demande.Declaration;
import fr.predemande.demande.SaisieAuGuichet.Difference;
import fr.predemande.demande.SaisieAuGuichet.ResultatDeSaisie;
import fr.predemande.demande.Section;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.validation.BindingResult;

/** La saisie au guichet : les pages et les règles de l'usager, appliquées à une déclaration. */
class SaisieAuGuichetTest {

    private final Declarations declarations = new Declarations(new ReferentielDeTest());
    private final ValidationDesSections regles =
            new ValidationDesSections(new ReferentielDeTest(), ReponsesDeTest.HORLOGE);
    private final SaisieAuGuichetService saisie = new SaisieAuGuichetService(
            declarations,
            regles,
            new ControlesDeCoherence(regles, ReponsesDeTest.HORLOGE),
            new VueDesReponses(messages()));

    @Test
    void uneDeclarationRemiseEnFormulairesSeRelitALIdentique() {
        Declaration d = declarations.de(ReponsesDeTest.completes());

        assertThat(declarations.de(ReponsesDUneDeclaration.de(d))).isEqualTo(d);
        Declaration vierge = saisie.vierge();
        assertThat(declarations.de(ReponsesDUneDeclaration.de(vierge))).isEqualTo(vierge);
    }

    @Test
    void lAgentCorrigeLaTailleAvecLesReglesDeLUsager() {
        Declaration d = declarations.de(ReponsesDeTest.completes());

        var refusee = saisie.enregistrer(d, Section.ETAT_CIVIL, Map.of("taille", new String[] {"1m68"}));
        assertThat(refusee).isInstanceOf(ResultatDeSaisie.Refusee.class);
        var page = ((ResultatDeSaisie.Refusee) refusee).page();
        assertThat(page.aDesErreurs()).isTrue();
        assertThat(((BindingResult) page.modele().get(BindingResult.MODEL_KEY_PREFIX + "formulaire"))
                        .getFieldError("taille")
                        .getCode())
                .isEqualTo("demande.taille.invalide");
        assertThat(((FormulaireEtatCivil) page.modele().get("formulaire")).getTaille())
                .as("saisie gardée")
                .isEqualTo("1m68");

        var corrigee = saisie.enregistrer(d, Section.ETAT_CIVIL, Map.of("taille", new String[] {"171"}));
        Declaration apres = ((ResultatDeSaisie.Enregistree) corrigee).declaration();
        assertThat(apres.etatCivil().tailleCm()).isEqualTo(171);
        assertThat(apres.etatCivil().nomNaissance()).as("le reste est gardé").isEqualTo("Martin");
        assertThat(saisie.differences(d, apres))
                .containsExactly(new Difference(Section.ETAT_CIVIL, "taille", "champ.taille", "168 cm", "171 cm"));
    }

    @Test
    void seulsLesChampsDeLaSectionSontLies() {
        Declaration d = declarations.de(ReponsesDeTest.completes());

        var resultat = saisie.enregistrer(
                d,
                Section.ETAT_CIVIL,
                Map.of("taille", new String[] {"171"}, "courriel", new String[] {"pirate@exemple.fr"}));

        assertThat(((ResultatDeSaisie.Enregistree) resultat)
                        .declaration()
                        .contact()
                        .courriel())
                .isEqualTo("elise.martin@exemple.fr");
    }

    @Test
    void unFormulairePapierCommenceViergeEtSesProblemesSontNommes() {
        var problemes = saisie.problemes(saisie.vierge());

        assertThat(problemes).isNotEmpty();
        assertThat(problemes.get(0).section()).isEqualTo(Section.MOTIF);
        assertThat(problemes).anySatisfy(p -> assertThat(p.champ()).isEqualTo("dateNaissance"));
        assertThat(saisie.problemes(declarations.de(ReponsesDeTest.completes())))
                .isEmpty();
    }

    /** Les textes réduits à leur clé : le test porte sur les valeurs, pas sur la rédaction. */
    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        messages.addMessage("demande.taille.valeur", Locale.FRANCE, "{0} cm");
        return messages;
    }
}
