package fr.predemande.impression;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Tout ce que le récapitulatif imprime d’une pré-demande validée, déjà rédigé en français par l’appelant.
 *
 * @param numero le numéro de pré-demande, 10 caractères (par exemple {@code 7K3M9Q2XTB})
 * @param numeroLisible le même numéro groupé pour la lecture ({@code 7K3M 9Q2X TB})
 * @param valableJusquAu dernier jour de validité de la pré-demande
 * @param urlDuQrCode le texte du QR code : {@code {url publique}/p/{numero}}
 * @param intituleDeLaDemande titre(s) et motif, par exemple « Passeport — renouvellement »
 * @param demandeur le titulaire, nom en capitales puis prénoms
 * @param rubriques toutes les réponses, par section du formulaire
 * @param justificatifs les pièces à apporter en original
 * @param montantDesTimbres le total des timbres fiscaux : « 86 € », ou « Gratuit »
 * @param detailDesTimbres le détail du montant, titre par titre en une phrase courte (« Carte nationale d’identité :
 *     gratuite ; passeport : 86 € », pour un seul titre « Passeport : 86 € »), vide s’il n’y a rien à préciser ; imprimé
 *     après le montant, au-dessus du cadre des timbres qui reste vide pour y coller des timbres papier
 */
public record Recapitulatif(
        String numero,
        String numeroLisible,
        LocalDate valableJusquAu,
        String urlDuQrCode,
        String intituleDeLaDemande,
        String demandeur,
        List<Rubrique> rubriques,
        List<String> justificatifs,
        String montantDesTimbres,
        String detailDesTimbres) {

    public Recapitulatif {
        Objects.requireNonNull(numero, "numero");
        Objects.requireNonNull(numeroLisible, "numeroLisible");
        Objects.requireNonNull(valableJusquAu, "valableJusquAu");
        Objects.requireNonNull(urlDuQrCode, "urlDuQrCode");
        Objects.requireNonNull(intituleDeLaDemande, "intituleDeLaDemande");
        Objects.requireNonNull(demandeur, "demandeur");
        Objects.requireNonNull(montantDesTimbres, "montantDesTimbres");
        // Le QR code et le numéro imprimé désignent forcément la même pré-demande.
        NumeroEtQr.verifier(numero, urlDuQrCode);
        rubriques = List.copyOf(rubriques);
        justificatifs = List.copyOf(justificatifs);
        detailDesTimbres = detailDesTimbres == null ? "" : detailDesTimbres;
    }
}
