package fr.predemande.notification.internal;

import fr.predemande.notification.EnvoiSms;
import fr.predemande.notification.Sms;
import fr.predemande.notification.internal.EncodageSms.SmsCode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Objects;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.connection.Connection;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Envoi par un SMSC en SMPP 3.4 ({@code predemande.sms.smpp.hote}), avec jSMPP.
 *
 * <p>Une seule liaison émettrice ({@code bind_transmitter}), ouverte au premier envoi et partagée par tous les fils :
 * jSMPP apparie chaque {@code submit_sm_resp} à sa requête par numéro de séquence, seule l'ouverture est donc
 * exclusive. Des {@code enquire_link} la gardent ouverte et détectent sa coupure ; une liaison coupée est rouverte au
 * prochain envoi, et fermée proprement ({@code unbind}) à l'arrêt de l'application.
 *
 * <p>Un texte de deux segments part en deux {@code submit_sm} portant chacun un en-tête de concaténation (UDH, IEI 0x00,
 * référence sur un octet) et l'indicateur UDHI de {@code esm_class}. C'est la forme que tout SMSC relaie ; le
 * paramètre optionnel {@code message_payload}, lui, n'est pas accepté partout et laisse au SMSC le découpage, donc le
 * choix des limites, alors que le rédacteur doit savoir exactement ce qui tient.
 *
 * <p>Une erreur lève une {@link EchecSmpp} : l'écouteur de l'outbox qui appelle sera relancé. Si la liaison s'avère
 * coupée avant qu'aucun segment ne soit accepté, l'envoi est retenté une fois sur une liaison neuve.
 *
 * <p>Un SMS peut donc partir deux fois : relance après un arrêt brutal entre l'acceptation par le SMSC et
 * l'enregistrement par l'outbox, après un {@code submit_sm_resp} perdu (le SMSC a peut-être accepté), ou après un échec
 * entre les deux segments. SMPP 3.4 n'a pas de clé d'idempotence et les SMSC ne dédoublonnent pas : ce n'est pas
 * évitable, seulement reconnaissable. Deux références sont tirées de l'empreinte du message (origine et
 * destinataire), donc identiques à chaque envoi du même SMS.
 *
 * <p>Le {@code user_message_reference} (TLV 0x0204, 16 bits) est la référence que l'émetteur donne à son message :
 * l'opérateur peut la garder dans ses journaux (et la rend avec un accusé de réception, que le service ne demande pas
 * aujourd'hui) ; un renvoi s'y reconnaît.
 *
 * <p>La référence de concaténation : renvoyé après un arrêt entre ses deux segments, un SMS long porte la même
 * référence et les mêmes segments, que le téléphone peut assembler avec ceux déjà reçus au lieu d'afficher un message
 * tronqué. Le prix : deux SMS longs différents vers un même numéro ont une chance sur 256 d'avoir la même référence, ce
 * qui ne gêne que s'ils arrivent ensemble ; ceux du service partent à des jours d'écart.
 *
 * <p>Pas de {@code replace_if_present_flag} : il remplace un SMS encore en attente au SMSC reconnu à son expéditeur, son
 * destinataire et son {@code service_type}, pas à son identité, donc écraserait un autre SMS du service en attente
 * (téléphone éteint), et ne peut rien pour un SMS déjà remis, le cas ordinaire. Le {@code message_id} est donné par le
 * SMSC dans sa réponse : il ne peut pas servir à reconnaître un renvoi.
 */
@Component
@ConditionalOnProperty(name = "predemande.sms.smpp.hote")
class EnvoiSmpp implements EnvoiSms, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(EnvoiSmpp.class);

    /** Concaténation, référence sur 8 bits : longueur de l'UDH, IEI 0x00, longueur de l'élément (3). */
    private static final byte[] ENTETE_DE_CONCATENATION = {0x05, 0x00, 0x03};

    record Adresse(TypeOfNumber type, NumberingPlanIndicator plan, String valeur) {

        /** Un nom (alphanumérique, 11 caractères GSM au plus), un numéro E.164 ou un numéro court. */
        static Adresse expediteur(String expediteur) {
            if (expediteur == null || expediteur.isBlank()) {
                throw new IllegalArgumentException("predemande.sms.smpp.expediteur est vide");
            }
            if (expediteur.matches("\\+[1-9][0-9]{6,14}")) {
                return new Adresse(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, expediteur.substring(1));
            }
            if (expediteur.matches("[0-9]{1,15}")) {
                return new Adresse(TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, expediteur);
            }
            if (expediteur.length() <= 11 && EncodageSms.estEnGsm7(expediteur)) {
                return new Adresse(TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, expediteur);
            }
            throw new IllegalArgumentException("predemande.sms.smpp.expediteur : un nom d'expéditeur a au plus 11 "
                    + "caractères de l'alphabet GSM, « " + expediteur + " » ne convient pas");
        }

        static Adresse destinataire(Sms sms) {
            return new Adresse(
                    TypeOfNumber.INTERNATIONAL,
                    NumberingPlanIndicator.ISDN,
                    sms.destinataire().substring(1));
        }
    }

    private final ReglagesDesNotifications.Smpp proprietes;
    private final Adresse source;
    private final Object verrou = new Object();
    /** Gardée par {@link #verrou}. */
    private SMPPSession session;
    /** Gardé par {@link #verrou}. */
    private boolean arrete;

    @Autowired
    EnvoiSmpp(ReglagesDesNotifications reglages) {
        this(reglages.sms().smpp());
    }

    EnvoiSmpp(ReglagesDesNotifications.Smpp proprietes) {
        // la condition ci-dessus retient une valeur vide (présente et pas « false ») : mieux vaut le dire que se lier à
        // rien
        if (proprietes.hote() == null || proprietes.hote().isBlank()) {
            throw new IllegalArgumentException("predemande.sms.smpp.hote (PREDEMANDE_SMS_SMPP_HOTE) est vide : donnez"
                    + " le SMSC, ou retirez la variable (ou mettez false) pour garder les SMS sur /dev/sms");
        }
        if (proprietes.identifiant() == null || proprietes.identifiant().isBlank()) {
            throw new IllegalArgumentException("predemande.sms.smpp.identifiant (system_id) est obligatoire");
        }
        this.proprietes = proprietes;
        this.source = Adresse.expediteur(proprietes.expediteur());
    }

    @Override
    public void envoyer(Sms sms) {
        SmsCode code = EncodageSms.coder(sms.texte());
        Adresse destination = Adresse.destinataire(sms);
        var references = References.de(sms);
        for (int essai = 1; ; essai++) {
            SMPPSession liee = sessionLiee();
            int acceptes = 0;
            try {
                for (int numero = 0; numero < code.nombreDeSegments(); numero++) {
                    soumettre(liee, destination, code, numero, references);
                    acceptes++;
                }
                return;
            } catch (NegativeResponseException e) {
                if (e.getCommandStatus() == SMPPConstant.STAT_ESME_RINVBNDSTS) {
                    abandonner(liee);
                }
                throw new EchecSmpp(
                        "SMS refusé par le SMSC (command_status 0x" + Integer.toHexString(e.getCommandStatus()) + ")",
                        e);
            } catch (PDUException e) {
                throw new EchecSmpp("SMS impossible à composer en SMPP", e);
            } catch (IOException e) {
                abandonner(liee);
                // Rien n'est parti : la liaison était coupée sans que jSMPP l'ait encore vu (SMSC redémarré…).
                if (acceptes > 0 || essai > 1) {
                    throw new EchecSmpp("Liaison SMPP perdue pendant l'envoi", e);
                }
                LOG.info("Liaison SMPP coupée ({}), nouvelle liaison et nouvel essai", e.getMessage());
            } catch (ResponseTimeoutException | InvalidResponseException e) {
                // Le SMSC a peut-être accepté le segment : pas de nouvel essai immédiat, l'outbox relancera.
                abandonner(liee);
                throw new EchecSmpp("Pas de réponse valable du SMSC", e);
            }
        }
    }

    private void soumettre(SMPPSession liee, Adresse destination, SmsCode code, int numero, References references)
            throws PDUException, ResponseTimeoutException, InvalidResponseException, NegativeResponseException,
                    IOException {
        byte[] segment = code.segments().get(numero);
        byte[] message = segment;
        var esmClass = new ESMClass();
        if (code.nombreDeSegments() > 1) {
            esmClass = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI);
            message = new byte[ENTETE_DE_CONCATENATION.length + 3 + segment.length];
            System.arraycopy(ENTETE_DE_CONCATENATION, 0, message, 0, ENTETE_DE_CONCATENATION.length);
            message[3] = references.concatenation();
            message[4] = (byte) code.nombreDeSegments();
            message[5] = (byte) (numero + 1);
            System.arraycopy(segment, 0, message, 6, segment.length);
        }
        liee.submitShortMessage(
                "",
                source.type(),
                source.plan(),
                source.valeur(),
                destination.type(),
                destination.plan(),
                destination.valeur(),
                esmClass,
                (byte) 0,
                (byte) 0,
                null,
                null,
                new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
                (byte) 0,
                DataCodings.newInstance(code.codage().dataCoding),
                (byte) 0,
                message,
                new OptionalParameter.Short(OptionalParameter.Tag.USER_MESSAGE_REFERENCE, references.utilisateur()));
    }

    /**
     * Les références d'un SMS, tirées de son empreinte : les mêmes à chaque envoi du même SMS.
     *
     * @param utilisateur le {@code user_message_reference} (16 bits)
     * @param concatenation la référence de l'en-tête de concaténation (8 bits)
     */
    record References(short utilisateur, byte concatenation) {

        static References de(Sms sms) {
            byte[] empreinte = Empreintes.de("sms", sms.origine(), sms.destinataire());
            return new References((short) (((empreinte[0] & 0xFF) << 8) | (empreinte[1] & 0xFF)), empreinte[2]);
        }
    }

    private SMPPSession sessionLiee() {
        synchronized (verrou) {
            if (arrete) {
                throw new EchecSmpp("Envoi SMPP arrêté (application en cours d'arrêt)");
            }
            if (session != null && session.getSessionState().isTransmittable()) {
                return session;
            }
            if (session != null) {
                session.close();
            }
            session = lier();
            return session;
        }
    }

    private SMPPSession lier() {
        var nouvelle = new SMPPSession(this::connecter);
        nouvelle.setEnquireLinkTimer(Math.toIntExact(proprietes.enquireLink().toMillis()));
        nouvelle.setTransactionTimer(proprietes.delaiDeReponse().toMillis());
        nouvelle.addSessionStateListener((etat, avant, s) -> {
            if (etat == SessionState.CLOSED) {
                LOG.info("Liaison SMPP {} fermée", s.getSessionId());
            }
        });
        var parametres = new BindParameter(
                BindType.BIND_TX,
                proprietes.identifiant(),
                Objects.requireNonNullElse(proprietes.motDePasse(), ""),
                Objects.requireNonNullElse(proprietes.typeSysteme(), ""),
                TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN,
                null);
        try {
            nouvelle.connectAndBind(
                    proprietes.hote(),
                    proprietes.port(),
                    parametres,
                    proprietes.delaiDeReponse().toMillis());
        } catch (IOException e) {
            nouvelle.close();
            throw new EchecSmpp("Liaison SMPP impossible avec " + proprietes.hote() + ":" + proprietes.port(), e);
        }
        LOG.info("Liaison SMPP {} ouverte avec {}:{}", nouvelle.getSessionId(), proprietes.hote(), proprietes.port());
        return nouvelle;
    }

    /** Une connexion qui abandonne au bout du délai configuré au lieu d'attendre le délai TCP du système. */
    private Connection connecter(String hote, int port) throws IOException {
        var socket = new Socket();
        try {
            socket.connect(
                    new InetSocketAddress(hote, port),
                    Math.toIntExact(proprietes.delaiDeConnexion().toMillis()));
            return new SocketConnection(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private void abandonner(SMPPSession liee) {
        synchronized (verrou) {
            if (session == liee) {
                session = null;
            }
        }
        liee.close();
    }

    /** L'état de la liaison courante, pour les tests. */
    SessionState etat() {
        synchronized (verrou) {
            return session == null ? SessionState.CLOSED : session.getSessionState();
        }
    }

    @Override
    public void destroy() {
        synchronized (verrou) {
            arrete = true;
            if (session != null) {
                if (session.getSessionState().isBound()) {
                    session.unbindAndClose();
                } else {
                    session.close();
                }
                session = null;
            }
        }
    }

    /** Un SMS qui n'est pas parti ; l'appelant (écouteur de l'outbox) sera relancé. */
    static class EchecSmpp extends RuntimeException {

        EchecSmpp(String message) {
            super(message);
        }

        EchecSmpp(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
