package fr.predemande.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.predemande.web.PageEnErreur;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;

/** Le marquage des pages en erreur, sans serveur : ce qui compte comme une erreur, et ce qui n'en est pas une. */
class MarquageDesPagesEnErreurTest {

    private final MarquageDesPagesEnErreur marquage = new MarquageDesPagesEnErreur();

    /** Un formulaire quelconque, avec ou sans erreur. */
    static final class Formulaire {
        private String nom = "";

        public String getNom() {
            return nom;
        }
    }

    @Test
    void unFormulaireEnErreurMarqueLaPage() {
        var vue = vueAvecFormulaire("compte/inscription", true);
        apres(vue);
        assertThat(vue.getModel()).containsEntry(PageEnErreur.ATTRIBUT, true);
    }

    @Test
    void unFormulaireSansErreurNeMarquePasLaPage() {
        var vue = vueAvecFormulaire("compte/inscription", false);
        apres(vue);
        assertThat(vue.getModel()).doesNotContainKey(PageEnErreur.ATTRIBUT);
    }

    @Test
    void uneRedirectionNEstJamaisMarquee() {
        var vue = vueAvecFormulaire("redirect:/compte", true);
        apres(vue);
        assertThat(vue.getModel()).doesNotContainKey(PageEnErreur.ATTRIBUT);
    }

    @Test
    void unControleurSansFormulaireLiePeutSignalerSesErreurs() {
        var vue = new ModelAndView("demande/verification");
        vue.addObject(PageEnErreur.ATTRIBUT, true);
        apres(vue);
        assertThat(vue.getModel()).containsEntry(PageEnErreur.ATTRIBUT, true);
    }

    @Test
    void uneReponseSansVueEstIgnoree() {
        marquage.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), null);
    }

    private static ModelAndView vueAvecFormulaire(String nom, boolean erreur) {
        var formulaire = new Formulaire();
        var erreurs = new BeanPropertyBindingResult(formulaire, "formulaire");
        if (erreur) {
            erreurs.rejectValue("nom", "saisie.nom.obligatoire");
        }
        var vue = new ModelAndView(nom);
        vue.addObject("formulaire", formulaire);
        vue.addObject(BindingResult.MODEL_KEY_PREFIX + "formulaire", erreurs);
        return vue;
    }

    private void apres(ModelAndView vue) {
        marquage.postHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), new Object(), vue);
    }
}
