package fr.predemande.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lecture minimale du HTML rendu, pour les tests HTTP : la balise d'un élément par son id, un de ses attributs, son
 * texte, le titre du document. Les gabarits sont les nôtres (attributs entre guillemets doubles) : des expressions
 * régulières suffisent, sans bibliothèque d'analyse.
 */
public final class Balisage {

    private Balisage() {}

    /** Le contenu de {@code <title>}, espaces réduits. */
    public static String titre(String html) {
        Matcher titre = Pattern.compile("(?s)<title>(.*?)</title>").matcher(html);
        if (!titre.find()) {
            throw new AssertionError("Pas de <title> dans la page");
        }
        return titre.group(1).strip().replaceAll("\\s+", " ");
    }

    /** La balise ouvrante de l'élément qui porte cet id. */
    public static Optional<String> balise(String html, String id) {
        Matcher balise = Pattern.compile("<[a-zA-Z0-9-]+\\b[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        return balise.find() ? Optional.of(balise.group()) : Optional.empty();
    }

    /** La valeur d'un attribut d'une balise ouvrante, s'il est présent. */
    public static Optional<String> attribut(String balise, String nom) {
        Matcher attribut =
                Pattern.compile("\\s" + Pattern.quote(nom) + "=\"([^\"]*)\"").matcher(balise);
        return attribut.find() ? Optional.of(attribut.group(1)) : Optional.empty();
    }

    /** Le texte d'un élément sans enfant balisé (un titre, un message), désigné par son id. */
    public static Optional<String> texteDe(String html, String id) {
        Matcher element = Pattern.compile(
                        "(?s)<([a-zA-Z0-9-]+)\\b[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)</\\1>")
                .matcher(html);
        return element.find() ? Optional.of(element.group(2).strip()) : Optional.empty();
    }

    /** Les messages d'erreur affichés à côté d'un champ (groupe {@code {champ}-messages} des fragments DSFR). */
    public static List<String> messagesDuChamp(String html, String champ) {
        Matcher groupe = Pattern.compile("(?s)\\sid=\"" + Pattern.quote(champ + "-messages") + "\"[^>]*>(.*?)</div>")
                .matcher(html);
        if (!groupe.find()) {
            throw new AssertionError("Pas de groupe de messages pour le champ " + champ);
        }
        return textes(groupe.group(1), "<p class=\"fr-message fr-message--error\"[^>]*>([^<]*)</p>");
    }

    /** Les liens du résumé des erreurs, « cible → texte », dans l'ordre de la page. */
    public static List<String> liensDuResume(String html) {
        Matcher resume =
                Pattern.compile("(?s)\\sid=\"resume-erreurs\"[^>]*>(.*?)</div>").matcher(html);
        if (!resume.find()) {
            return List.of();
        }
        var liens = new ArrayList<String>();
        Matcher lien =
                Pattern.compile("<a\\s[^>]*href=\"([^\"]*)\"[^>]*>([^<]*)</a>").matcher(resume.group(1));
        while (lien.find()) {
            liens.add(lien.group(1) + " → " + lien.group(2).strip());
        }
        return liens;
    }

    /** La valeur affichée dans le champ qui porte cet id (attribut value), vide s'il n'en a pas. */
    public static String valeur(String html, String id) {
        String balise = balise(html, id).orElseThrow(() -> new AssertionError("Pas de champ " + id));
        return attribut(balise, "value").orElse("");
    }

    private static List<String> textes(String html, String motif) {
        var textes = new ArrayList<String>();
        Matcher texte = Pattern.compile(motif).matcher(html);
        while (texte.find()) {
            textes.add(texte.group(1).strip());
        }
        return textes;
    }
}
