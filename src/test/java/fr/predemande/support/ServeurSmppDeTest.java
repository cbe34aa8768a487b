package fr.predemande.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.RandomMessageIDGenerator;

/**
 * Un SMSC en mémoire, sur un port libre : accepte {@code bind_transmitter} avec le bon mot de passe, garde chaque
 * {@code submit_sm} reçu et y répond par un identifiant de message.
 */
public class ServeurSmppDeTest implements ServerMessageReceiverListener, AutoCloseable {

    public static final String IDENTIFIANT = "predemande";
    public static final String MOT_DE_PASSE = "secret";

    /** Une demande de liaison reçue, acceptée ou non. */
    public record Liaison(BindType type, String identifiant, String motDePasse, String typeSysteme, boolean acceptee) {}

    public final int port = portLibre();
    public final List<SubmitSm> recus = new CopyOnWriteArrayList<>();
    public final List<Liaison> liaisons = new CopyOnWriteArrayList<>();
    public final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    /** Les états successifs des liaisons, côté serveur ({@code UNBOUND} : le client a envoyé {@code unbind}). */
    public final List<SessionState> etats = new CopyOnWriteArrayList<>();
    /** Une réponse négative à renvoyer aux prochains submit_sm (0 = accepter). */
    public volatile int refus;

    private final SMPPServerSessionListener ecoute;
    private final ExecutorService fils = Executors.newCachedThreadPool();
    private final RandomMessageIDGenerator identifiants = new RandomMessageIDGenerator();
    private volatile boolean arrete;

    public ServeurSmppDeTest() throws IOException {
        ecoute = new SMPPServerSessionListener(port);
        ecoute.setMessageReceiverListener(this);
        ecoute.setSessionStateListener((etat, avant, session) -> etats.add(etat));
        fils.execute(this::accepter);
    }

    /** Pour un champ statique, démarré avant le contexte Spring qui s'y lie. */
    public static ServeurSmppDeTest demarrer() {
        try {
            return new ServeurSmppDeTest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accepter() {
        while (!arrete) {
            try {
                SMPPServerSession session = ecoute.accept();
                sessions.add(session);
                fils.execute(() -> lier(session));
            } catch (IOException e) {
                if (!arrete) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void lier(SMPPServerSession session) {
        try {
            BindRequest demande = session.waitForBind(5_000);
            boolean accepte = MOT_DE_PASSE.equals(demande.getPassword()) && IDENTIFIANT.equals(demande.getSystemId());
            liaisons.add(new Liaison(
                    demande.getBindType(),
                    demande.getSystemId(),
                    demande.getPassword(),
                    demande.getSystemType(),
                    accepte));
            if (accepte) {
                demande.accept("SMSC-TEST");
            } else {
                demande.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            }
        } catch (Exception e) {
            session.close();
        }
    }

    /** Coupe brutalement toutes les liaisons ouvertes, comme un SMSC qui redémarre. */
    public void couperLesLiaisons() {
        sessions.forEach(SMPPServerSession::close);
    }

    public long liaisonsAcceptees() {
        return liaisons.stream().filter(Liaison::acceptee).count();
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
        if (refus != 0) {
            throw new ProcessRequestException("refusé par le test", refus);
        }
        recus.add(submitSm);
        return new SubmitSmResult(identifiants.newMessageId(), new OptionalParameter[0]);
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
            throws ProcessRequestException {
        throw nonGere();
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        throw nonGere();
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw nonGere();
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw nonGere();
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw nonGere();
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw nonGere();
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw nonGere();
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw nonGere();
    }

    private static ProcessRequestException nonGere() {
        return new ProcessRequestException("non géré par le serveur de test", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void close() throws Exception {
        arrete = true;
        couperLesLiaisons();
        ecoute.close();
        fils.shutdownNow();
        fils.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static int portLibre() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
