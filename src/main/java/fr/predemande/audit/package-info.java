/**
 * Le journal d'audit : qui (agent, client d'API), de quelle mairie et de quel poste, a lu ou modifié quelle donnée
 * personnelle, quand et d'où. Il ne fait que s'allonger ; chaque entrée porte l'empreinte SHA-256 de la précédente, si
 * bien qu'une ligne modifiée ou supprimée se voit à la vérification. L'administrateur d'une mairie y cherche les
 * entrées de sa mairie.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package fr.predemande.audit;
