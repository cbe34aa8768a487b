package fr.predemande.notification;

import java.util.List;

/**
 * Un courriel prêt à partir : texte brut et, en alternative, HTML ; éventuellement des pièces jointes.
 *
 * @param origine ce qui fait partir ce courriel, sous une forme qui ne change pas quand l'outbox relance l'événement
 *     ({@code pre-demande-validee/<id>}…) : avec le destinataire, elle donne le {@code Message-ID}, le même à chaque
 *     envoi, qui permet aux messageries de reconnaître un renvoi (voir {@link EnvoiCourriel})
 */
public record Courriel(
        String origine, String destinataire, String sujet, String texte, String html, List<PieceJointe> piecesJointes) {

    /** Un fichier joint (par exemple le récapitulatif PDF). */
    public record PieceJointe(String nom, String typeMedia, byte[] contenu) {}

    public Courriel {
        if (origine == null || origine.isBlank()) {
            throw new IllegalArgumentException("Courriel sans origine : son Message-ID ne serait pas stable");
        }
        piecesJointes = List.copyOf(piecesJointes);
    }

    public Courriel(String origine, String destinataire, String sujet, String texte, String html) {
        this(origine, destinataire, sujet, texte, html, List.of());
    }
}
