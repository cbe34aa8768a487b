/**
 * Les comptes des usagers : inscription, activation par lien à usage unique, connexion, modification des données,
 * mot de passe oublié. Publie les données d'identité du titulaire pour préremplir les pré-demandes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compte usager")
package fr.predemande.compte;
