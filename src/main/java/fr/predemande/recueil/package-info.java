/**
 * Le recueil en mairie, au dispositif de recueil : l'agent retrouve une pré-demande par son QR code ou son numéro (ou
 * tape un formulaire papier), la contrôle face aux pièces, la corrige (valeur déclarée et valeur corrigée gardées),
 * numérise les pièces, note les empreintes, la photo et les timbres, imprime le récépissé qui porte le numéro de
 * demande, puis transmet le dossier à l'instruction de son département.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recueil en mairie")
package fr.predemande.recueil;
