package fr.predemande.notification;

import java.util.List;

/** Un courriel prêt à partir : texte brut et, en alternative, HTML ; éventuellement des pièces jointes. */
public record Courriel(String destinataire, String sujet, String texte, String html, List<PieceJointe> piecesJointes) {

    /** Un fichier joint (par exemple le récapitulatif PDF). */
    public record PieceJointe(String nom, String typeMedia, byte[] contenu) {}

    public Courriel {
        piecesJointes = List.copyOf(piecesJointes);
    }

    public Courriel(String destinataire, String sujet, String texte, String html) {
        this(destinataire, sujet, texte, html, List.of());
    }
}
