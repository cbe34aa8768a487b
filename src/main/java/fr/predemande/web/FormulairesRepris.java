package fr.predemande.web;

import java.util.Set;

/**
 * Les formulaires d'un module dont la saisie est gardée quand la session a expiré ({@link SaisiesInterrompues}) : les
 * chemins qui commencent par {@code prefixe}, et seulement leurs champs connus.
 */
public record FormulairesRepris(String prefixe, Set<String> champs) {

    public FormulairesRepris {
        champs = Set.copyOf(champs);
    }
}
