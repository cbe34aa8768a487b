package fr.predemande.web;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Les formulaires d'un module dont la saisie est gardée quand la session a expiré ({@link SaisiesInterrompues}) : les
 * chemins qui commencent par {@code prefixe} (et dont la suite correspond à {@code suite}, s'il y en a une), et
 * seulement leurs champs connus.
 *
 * @param suite ce qui suit le préfixe, en entier ; {@code null} : tout chemin sous le préfixe. Sert à ne garder que des
 *     formulaires dont la page se rouvre en GET à la même adresse : après la connexion, c'est là que la personne revient
 */
public record FormulairesRepris(String prefixe, Set<String> champs, Pattern suite) {

    public FormulairesRepris {
        Objects.requireNonNull(prefixe, "prefixe");
        champs = Set.copyOf(champs);
    }

    /** Tous les formulaires sous ce préfixe. */
    public FormulairesRepris(String prefixe, Set<String> champs) {
        this(prefixe, champs, null);
    }

    /** Ce chemin (sans le chemin de contexte) est-il l'un de ces formulaires ? */
    public boolean reprend(String chemin) {
        return chemin.startsWith(prefixe)
                && (suite == null
                        || suite.matcher(chemin.substring(prefixe.length())).matches());
    }
}
