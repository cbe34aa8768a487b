/**
 * Règles de saisie des données personnelles : noms et prénoms, adresse électronique, téléphone portable, mot de
 * passe, réponse secrète et identifiant de connexion.
 *
 * <p>Ces règles sont pures et sans dépendance au cadriciel : le formulaire de création de compte et, plus tard, le
 * formulaire de prédemande les partagent, et on les teste sans démarrer l'application. Chaque règle normalise la
 * saisie brute avant de la vérifier, et signale au plus une {@link fr.predemande.saisie.ErreurDeSaisie} : un code de
 * message (clé {@code saisie.*} des messages) et ses arguments, que la couche web traduit.
 */
package fr.predemande.saisie;
