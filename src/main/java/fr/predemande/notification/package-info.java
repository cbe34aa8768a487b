/**
 * Les messages envoyés aux usagers (courriel et SMS), déclenchés par les événements des autres modules et portés par
 * l'outbox : un message qui n'a pas pu partir est relancé, jamais perdu.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package fr.predemande.notification;
