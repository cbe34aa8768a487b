package fr.predemande.demande;

import java.util.Objects;

/**
 * Une pré-demande devient un dossier en mairie (« rappel » de la pré-demande) : par quelle mairie, et sous quelle
 * référence de dossier, pour que l'agent d'une autre mairie sache où elle est passée.
 *
 * @param mairie le nom de la mairie, tel qu'on le montre
 * @param reference la référence du dossier (le numéro de demande)
 */
public record Rappel(String mairie, String reference) {

    public Rappel {
        Objects.requireNonNull(mairie, "mairie");
        Objects.requireNonNull(reference, "reference");
    }
}
