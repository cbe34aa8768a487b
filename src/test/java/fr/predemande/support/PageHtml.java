package fr.predemande.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.unbescape.html.HtmlEscape;

/**
 * Une page HTML rendue, lue en arbre (avec le parseur HTML de Thymeleaf, attoparser) : pour vérifier où un message est
 * placé et à quel champ il est relié, pas seulement qu'il figure quelque part dans le texte. Les textes et les
 * attributs sont rendus tels qu'un navigateur les montre (entités décodées, blancs réduits).
 */
public final class PageHtml {

    private final List<Balise> balises = new ArrayList<>();

    private PageHtml(INestableNode document) {
        parcourir(document, balises);
    }

    public static PageHtml lire(String html) {
        try {
            return new PageHtml(new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(html));
        } catch (ParseException e) {
            throw new AssertionError("Page illisible : " + e.getMessage(), e);
        }
    }

    /** L'élément de cet identifiant ; l'absence fait échouer le test. */
    public Balise id(String id) {
        return parId(id)
                .orElseThrow(() -> new AssertionError("Aucun élément d'identifiant « " + id + " » sur la page"));
    }

    public Optional<Balise> parId(String id) {
        return balises.stream().filter(b -> id.equals(b.attribut("id"))).findFirst();
    }

    /** Les éléments de la page qui vérifient ce critère, dans l'ordre du document. */
    public List<Balise> toutes(Predicate<Balise> critere) {
        return balises.stream().filter(critere).toList();
    }

    /** Les éléments qui portent cette classe CSS. */
    public List<Balise> avecLaClasse(String classe) {
        return toutes(b -> b.aLaClasse(classe));
    }

    /** Le titre de la page, tel que l'onglet du navigateur le montre. */
    public String titre() {
        return toutes(b -> b.nom().equals("title")).stream()
                .findFirst()
                .map(Balise::texte)
                .orElse("");
    }

    /** Un élément de la page. */
    public record Balise(Element element) {

        public String nom() {
            return element.getElementName().toLowerCase(java.util.Locale.ROOT);
        }

        /** La valeur décodée de l'attribut, ou {@code null} s'il est absent. */
        public String attribut(String nom) {
            String valeur = element.getAttributeValue(nom);
            return valeur == null ? null : HtmlEscape.unescapeHtml(valeur);
        }

        /** Les identifiants d'un attribut qui en liste plusieurs ({@code aria-describedby}, {@code class}). */
        public Set<String> liste(String attribut) {
            String valeur = attribut(attribut);
            return valeur == null || valeur.isBlank()
                    ? Set.of()
                    : new LinkedHashSet<>(Arrays.asList(valeur.strip().split("\\s+")));
        }

        public boolean aLaClasse(String classe) {
            return liste("class").contains(classe);
        }

        /** Le texte visible de l'élément et de ses descendants, blancs réduits. */
        public String texte() {
            var texte = new StringBuilder();
            ecrire(element, texte);
            return HtmlEscape.unescapeHtml(texte.toString())
                    .replaceAll("\\s+", " ")
                    .strip();
        }

        public List<Balise> descendants(Predicate<Balise> critere) {
            var tous = new ArrayList<Balise>();
            parcourir(element, tous);
            return tous.stream()
                    .filter(b -> b.element != element)
                    .filter(critere)
                    .toList();
        }

        public List<Balise> avecLaClasse(String classe) {
            return descendants(b -> b.aLaClasse(classe));
        }

        /** Le plus proche ancêtre qui vérifie ce critère. */
        public Optional<Balise> ancetre(Predicate<Balise> critere) {
            INestableNode parent = element.getParent();
            while (parent instanceof Element e) {
                if (critere.test(new Balise(e))) {
                    return Optional.of(new Balise(e));
                }
                parent = e.getParent();
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "<" + nom() + " " + element.getAttributeMap() + ">";
        }
    }

    private static void parcourir(INestableNode noeud, List<Balise> balises) {
        if (noeud instanceof Element element) {
            balises.add(new Balise(element));
        }
        for (INode enfant : noeud.getChildren()) {
            if (enfant instanceof INestableNode imbrique) {
                parcourir(imbrique, balises);
            }
        }
    }

    private static void ecrire(INode noeud, StringBuilder texte) {
        if (noeud instanceof Text t) {
            texte.append(t.getContent());
        } else if (noeud instanceof Element e && !e.getElementName().equalsIgnoreCase("script")) {
            texte.append(' ');
            for (INode enfant : e.getChildren()) {
                ecrire(enfant, texte);
            }
            texte.append(' ');
        }
    }
}
