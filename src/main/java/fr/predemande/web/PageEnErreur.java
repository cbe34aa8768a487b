package fr.predemande.web;

import org.springframework.ui.Model;

/**
 * Une page réaffichée avec des erreurs le dit dès son titre : « Erreur : … » (motif GOV.UK), la première chose qu'un
 * lecteur d'écran annonce. La mise en page ({@code fragments/page.html}) lit l'attribut de modèle {@value #ATTRIBUT}.
 *
 * <p>Un formulaire lié dont le {@code BindingResult} porte des erreurs est reconnu sans rien faire. Une page qui
 * signale ses erreurs autrement (une erreur posée en attribut flash, des contrôles listés sans formulaire lié) appelle
 * {@link #signaler(Model)}.
 */
public final class PageEnErreur {

    /** L'attribut de modèle, vrai quand la page affiche des erreurs. */
    public static final String ATTRIBUT = "enErreur";

    private PageEnErreur() {}

    public static void signaler(Model modele) {
        modele.addAttribute(ATTRIBUT, true);
    }
}
