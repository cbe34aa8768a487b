package fr.predemande.notification.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Les réglages des notifications : l'expéditeur des courriels ({@code predemande.courriel.*}) et la liaison au SMSC
 * ({@code predemande.sms.smpp.*}). Le serveur SMTP, lui, se règle par {@code spring.mail.*} (Spring Boot).
 *
 * @param courriel les courriels
 * @param sms les SMS
 */
@ConfigurationProperties("predemande")
@Validated
record ReglagesDesNotifications(
        @DefaultValue @Valid ParCourriel courriel,
        @DefaultValue @Valid ParSms sms) {

    /** @param expediteur l'adresse {@code From} des courriels, avec un nom affiché */
    record ParCourriel(
            @DefaultValue("Prédemande <ne-pas-repondre@predemande.example>") @NotBlank
            String expediteur) {}

    /** @param smpp la liaison au SMSC */
    record ParSms(@DefaultValue @Valid Smpp smpp) {}

    /**
     * La liaison au SMSC. Sans {@code hote} (ou avec {@code false}), aucun SMS ne part : ils sont gardés sur /dev/sms
     * (hors production).
     *
     * @param hote le SMSC ; absent ou {@code false} = pas d'envoi SMPP (SMS gardés hors production), vide = erreur
     * @param port 2775 par défaut (port SMPP enregistré)
     * @param identifiant le {@code system_id} donné par l'opérateur
     * @param motDePasse le {@code password} (8 caractères au plus en SMPP 3.4)
     * @param expediteur l'adresse source : un nom (« PREDEMANDE », 11 caractères au plus), un numéro court ou E.164
     * @param typeSysteme le {@code system_type}, si l'opérateur en demande un
     * @param enquireLink l'intervalle des {@code enquire_link} qui gardent la liaison ouverte et détectent sa coupure
     * @param delaiDeReponse l'attente maximale d'une réponse du SMSC (bind_resp, submit_sm_resp)
     * @param delaiDeConnexion l'attente maximale de l'ouverture de la connexion TCP
     */
    record Smpp(
            String hote,
            @DefaultValue("2775") int port,
            String identifiant,
            String motDePasse,
            @DefaultValue("PREDEMANDE") String expediteur,
            String typeSysteme,
            @DefaultValue("30s") @NotNull Duration enquireLink,
            @DefaultValue("10s") @NotNull Duration delaiDeReponse,
            @DefaultValue("10s") @NotNull Duration delaiDeConnexion) {}
}
