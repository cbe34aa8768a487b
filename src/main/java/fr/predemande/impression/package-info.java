/**
 * Impression : le récapitulatif imprimable d’une pré-demande validée (PDF/A-2b, A4) et les QR codes (création et
 * lecture).
 *
 * <p>Le module ne dépend d’aucun autre : l’appelant lui passe un {@link fr.predemande.impression.Recapitulatif} dont
 * les textes variables sont déjà rédigés en français ; les textes fixes du document viennent des messages
 * ({@code impression.*}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Impression")
package fr.predemande.impression;
