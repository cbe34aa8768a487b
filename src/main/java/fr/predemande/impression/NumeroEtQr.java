package fr.predemande.impression;

import java.util.Objects;

/**
 * Une pré-demande désignée par son numéro et par l’adresse de son QR code : ce que porte le support vierge.
 *
 * @param numero le numéro de pré-demande, 10 caractères (par exemple {@code 7K3M9Q2XTB})
 * @param numeroLisible le même numéro groupé pour la lecture ({@code 7K3M 9Q2X TB})
 * @param urlDuQrCode le texte du QR code, le même que sur le récapitulatif : {@code {url publique}/p/{numero}}
 */
public record NumeroEtQr(String numero, String numeroLisible, String urlDuQrCode) {

    public NumeroEtQr {
        Objects.requireNonNull(numero, "numero");
        Objects.requireNonNull(numeroLisible, "numeroLisible");
        Objects.requireNonNull(urlDuQrCode, "urlDuQrCode");
        verifier(numero, urlDuQrCode);
    }

    /** Un numéro de pré-demande, et un QR code qui désigne la même pré-demande que le numéro imprimé à côté. */
    static void verifier(String numero, String urlDuQrCode) {
        if (numero.length() != 10) {
            throw new IllegalArgumentException("Un numéro de pré-demande a 10 caractères : " + numero);
        }
        if (!urlDuQrCode.endsWith("/p/" + numero)) {
            throw new IllegalArgumentException(
                    "Le QR code doit porter l’adresse de la pré-demande " + numero + " : " + urlDuQrCode);
        }
    }
}
