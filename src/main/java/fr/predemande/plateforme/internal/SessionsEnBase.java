package fr.predemande.plateforme.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Les sessions HTTP en base (Spring Session JDBC), partagées par tous les nœuds : lues à chaque requête qui en a
 * besoin, écrites seulement quand elles changent.
 *
 * <p>Spring Session note l'heure de chaque accès ({@code setLastAccessedTime}), ce qui marque la session modifiée et
 * coûte une écriture (une transaction, un {@code UPDATE}) à chaque requête, même à celle qui n'a rien changé. Ici,
 * l'heure du dernier accès n'est récrite qu'une fois l'{@code intervalle} écoulé depuis celle qui est en base ; une
 * session qui n'a ni nouvel attribut, ni nouvel identifiant, ni heure à récrire n'est pas enregistrée du tout.
 *
 * <p>Le temps d'une requête ({@link #pendantLaRequete}), une session n'est lue qu'une fois : quand la réponse part
 * avant la fin du filtre (une page plus longue que le tampon), Spring Session l'enregistre à ce moment-là, oublie
 * l'avoir lue, et la relit en base pour l'enregistrer de nouveau à la fin.
 *
 * <p>L'expiration reste celle de la base ({@code EXPIRY_TIME}, dernier accès écrit + durée d'inactivité) : jamais plus
 * tard que la durée réglée après la dernière requête, au plus un intervalle plus tôt. Avec 30 minutes et un intervalle
 * d'une minute, une session inactive expire entre 29 et 30 minutes après la dernière requête.
 */
final class SessionsEnBase implements SessionRepository<SessionsEnBase.SessionLue> {

    private final SessionRepository<Session> base;
    private final Duration intervalle;
    private final Counter lectures;
    private final Counter ecritures;
    /** La session lue par la requête en cours sur ce fil, pendant le filtre de Spring Session seulement. */
    private final ThreadLocal<SessionLue[]> deLaRequete = new ThreadLocal<>();

    /**
     * @param base le dépôt JDBC de Spring Session
     * @param intervalle le temps au-delà duquel l'heure du dernier accès est récrite
     */
    @SuppressWarnings("unchecked")
    SessionsEnBase(SessionRepository<? extends Session> base, Duration intervalle, MeterRegistry metriques) {
        // le type des sessions du dépôt JDBC n'est pas public ; on ne lui rend que celles qu'il a créées ou lues
        this.base = (SessionRepository<Session>) base;
        this.intervalle = Objects.requireNonNull(intervalle);
        this.lectures = Counter.builder("predemande.sessions.lectures")
                .description("Sessions HTTP lues en base")
                .register(metriques);
        this.ecritures = Counter.builder("predemande.sessions.ecritures")
                .description("Sessions HTTP écrites en base (création, changement, heure du dernier accès)")
                .register(metriques);
    }

    @Override
    public SessionLue createSession() {
        return new SessionLue(base.createSession(), true);
    }

    @Override
    public void save(SessionLue session) {
        if (session.aEcrire()) {
            base.save(session.enBase);
            session.ecrite();
            ecritures.increment();
        }
    }

    @Override
    public SessionLue findById(String id) {
        SessionLue[] requete = deLaRequete.get();
        if (requete != null && requete[0] != null && requete[0].getId().equals(id)) {
            return requete[0];
        }
        lectures.increment();
        Session enBase = base.findById(id);
        SessionLue lue = enBase == null ? null : new SessionLue(enBase, false);
        if (requete != null) {
            requete[0] = lue;
        }
        return lue;
    }

    @Override
    public void deleteById(String id) {
        SessionLue[] requete = deLaRequete.get();
        if (requete != null && requete[0] != null && requete[0].getId().equals(id)) {
            requete[0] = null;
        }
        base.deleteById(id);
    }

    /** Ce que le filtre de Spring Session fait d'une requête, pendant lequel une session lue n'est pas relue. */
    interface Traitement {
        void executer() throws IOException, ServletException;
    }

    void pendantLaRequete(Traitement traitement) throws IOException, ServletException {
        if (deLaRequete.get() != null) {
            traitement.executer();
            return;
        }
        deLaRequete.set(new SessionLue[1]);
        try {
            traitement.executer();
        } finally {
            deLaRequete.remove();
        }
    }

    /** Une session telle que la base la connaît, qui retient si elle a changé depuis. */
    final class SessionLue implements Session {

        private final Session enBase;
        private boolean nouvelle;
        private boolean modifiee;

        private SessionLue(Session enBase, boolean nouvelle) {
            this.enBase = enBase;
            this.nouvelle = nouvelle;
        }

        boolean aEcrire() {
            return nouvelle || modifiee;
        }

        private void ecrite() {
            nouvelle = false;
            modifiee = false;
        }

        /**
         * L'heure n'est transmise qu'au-delà de l'intervalle : en deçà, la session garde celle de la base et n'est pas
         * marquée modifiée. Une heure antérieure (horloges de deux nœuds) ne fait jamais reculer celle de la base.
         */
        @Override
        public void setLastAccessedTime(Instant acces) {
            if (nouvelle || !acces.isBefore(enBase.getLastAccessedTime().plus(intervalle))) {
                enBase.setLastAccessedTime(acces);
                modifiee = true;
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return enBase.getLastAccessedTime();
        }

        @Override
        public void setAttribute(String nom, Object valeur) {
            if (valeur == null && !enBase.getAttributeNames().contains(nom)) {
                return;
            }
            enBase.setAttribute(nom, valeur);
            modifiee = true;
        }

        @Override
        public void removeAttribute(String nom) {
            setAttribute(nom, null);
        }

        @Override
        public <T> T getAttribute(String nom) {
            return enBase.getAttribute(nom);
        }

        @Override
        public Set<String> getAttributeNames() {
            return enBase.getAttributeNames();
        }

        @Override
        public String getId() {
            return enBase.getId();
        }

        @Override
        public String changeSessionId() {
            modifiee = true;
            return enBase.changeSessionId();
        }

        @Override
        public Instant getCreationTime() {
            return enBase.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration duree) {
            if (!duree.equals(enBase.getMaxInactiveInterval())) {
                enBase.setMaxInactiveInterval(duree);
                modifiee = true;
            }
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return enBase.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return enBase.isExpired();
        }
    }
}
