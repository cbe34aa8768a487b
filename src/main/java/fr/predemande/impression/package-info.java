/**
 * Impression : les documents que le service fait imprimer, et les QR codes (création et lecture).
 * <ul>
 *   <li>le récapitulatif d’une pré-demande validée ({@link fr.predemande.impression.GenerateurDeRecapitulatif}, PDF/A-2b
 *       A4) ;</li>
 *   <li>le support vierge, imprimé en mairie pour l’usager venu sans son récapitulatif
 *       ({@link fr.predemande.impression.GenerateurDeSupportVierge}, PDF/A-2b A4) ;</li>
 *   <li>le récépissé de dépôt, avec le numéro de demande en code-barres Code 128
 *       ({@link fr.predemande.impression.GenerateurDeRecepisse} : ticket thermique 80 mm en PDF ou en ESC/POS, page A4
 *       en PDF/A-2b) ;</li>
 *   <li>les QR codes ({@link fr.predemande.impression.CodesQr}), dont l’image pour l’écran d’un téléphone.</li>
 * </ul>
 *
 * <p>Le module ne dépend d’aucun autre : l’appelant lui passe des records ({@code Recapitulatif}, {@code NumeroEtQr},
 * {@code Recepisse}) dont les textes variables sont déjà rédigés en français ; les textes fixes des documents viennent
 * des messages ({@code impression.*}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Impression")
package fr.predemande.impression;
