package fr.predemande.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import fr.predemande.notification.Sms;
import fr.predemande.notification.internal.EnvoiSmpp.Adresse;
import fr.predemande.notification.internal.EnvoiSmpp.EchecSmpp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.SessionState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** L'envoi SMPP réel, face à un SMSC en mémoire qui garde ce qu'il reçoit. */
class EnvoiSmppTest {

    private static final String PORTABLE = "+33612345678";
    private static final String COURT =
            "Prédemande : votre pré-demande 7K3M9Q2XTB est validée. Présentez-vous en mairie avec ce numéro et vos justificatifs.";
    private static final String LONG_ET_ACCENTUE =
            "Prédemande : votre pré-demande 7K3M9Q2XTB est prête. Présentez-vous dans une mairie équipée avant le 12 mai 2027, avec ce numéro.";

    private ServeurSmppDeTest smsc;
    private final List<EnvoiSmpp> envois = new ArrayList<>();

    @BeforeEach
    void demarrer() throws Exception {
        smsc = new ServeurSmppDeTest();
    }

    @AfterEach
    void arreter() throws Exception {
        envois.forEach(EnvoiSmpp::destroy);
        smsc.close();
    }

    @Test
    void unSmsCourtPartEnUnSeulSubmitSmGsm7DuBonExpediteurAuBonDestinataire() {
        envoi(ServeurSmppDeTest.MOT_DE_PASSE).envoyer(new Sms(PORTABLE, COURT));

        assertThat(smsc.liaisons).singleElement().satisfies(liaison -> {
            assertThat(liaison.type()).isEqualTo(BindType.BIND_TX);
            assertThat(liaison.identifiant()).isEqualTo(ServeurSmppDeTest.IDENTIFIANT);
            assertThat(liaison.typeSysteme()).isEqualTo("PREDEM");
        });
        assertThat(smsc.recus).singleElement().satisfies(pdu -> {
            assertThat(pdu.getDestAddress()).isEqualTo("33612345678");
            assertThat(pdu.getDestAddrTon()).isEqualTo(TypeOfNumber.INTERNATIONAL.value());
            assertThat(pdu.getDestAddrNpi()).isEqualTo(NumberingPlanIndicator.ISDN.value());
            assertThat(pdu.getSourceAddr()).isEqualTo("PREDEMANDE");
            assertThat(pdu.getSourceAddrTon()).isEqualTo(TypeOfNumber.ALPHANUMERIC.value());
            assertThat(pdu.getDataCoding()).isEqualTo((byte) 0x00);
            assertThat(pdu.getEsmClass() & 0x40).as("pas d'en-tête UDH").isZero();
            assertThat(pdu.getShortMessage()).hasSize(COURT.length());
        });
        assertThat(relire(smsc.recus)).isEqualTo(COURT);
    }

    @Test
    void unSmsLongEtAccentuePartEnDeuxSegmentsUcs2Concatenes() {
        envoi(ServeurSmppDeTest.MOT_DE_PASSE).envoyer(new Sms(PORTABLE, LONG_ET_ACCENTUE));

        assertThat(smsc.recus).hasSize(2).allSatisfy(pdu -> {
            assertThat(pdu.getDataCoding()).isEqualTo((byte) 0x08);
            assertThat(pdu.getEsmClass() & 0x40).as("indicateur UDHI").isEqualTo(0x40);
            assertThat(pdu.getDestAddress()).isEqualTo("33612345678");
            assertThat(pdu.getSourceAddr()).isEqualTo("PREDEMANDE");
            assertThat(pdu.getShortMessage().length).isLessThanOrEqualTo(140);
        });
        List<Segment> segments = smsc.recus.stream().map(Segment::de).toList();
        assertThat(segments).extracting(Segment::reference).containsOnly(segments.get(0).reference());
        assertThat(segments).extracting(Segment::total).containsOnly(2);
        assertThat(segments).extracting(Segment::numero).containsExactlyInAnyOrder(1, 2);
        assertThat(relire(smsc.recus)).isEqualTo(LONG_ET_ACCENTUE);
    }

    @Test
    void deuxSmsLongsSuccessifsOntDesReferencesDeConcatenationDifferentes() {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        envoi.envoyer(new Sms(PORTABLE, LONG_ET_ACCENTUE));
        envoi.envoyer(new Sms(PORTABLE, LONG_ET_ACCENTUE));

        assertThat(smsc.recus).hasSize(4);
        assertThat(Segment.de(smsc.recus.get(0)).reference()).isNotEqualTo(Segment.de(smsc.recus.get(2)).reference());
    }

    @Test
    void unTexteDePlusDeDeuxSegmentsEstRefuseAvantToutEchange() {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        assertThatIllegalArgumentException().isThrownBy(() -> envoi.envoyer(new Sms(PORTABLE, "ê".repeat(135))));
        assertThatIllegalArgumentException().isThrownBy(() -> envoi.envoyer(new Sms(PORTABLE, "a".repeat(307))));
        assertThat(smsc.liaisons).isEmpty();
        assertThat(smsc.recus).isEmpty();
    }

    @Test
    void desEnvoisSimultanesPartagentUneSeuleLiaison() throws Exception {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        List<Callable<Void>> taches = IntStream.range(0, 20).<Callable<Void>>mapToObj(n -> () -> {
            envoi.envoyer(new Sms("+336120000" + String.format("%02d", n), "Message " + n));
            return null;
        }).toList();
        var fils = Executors.newFixedThreadPool(8);
        try {
            for (var resultat : fils.invokeAll(taches)) {
                resultat.get();
            }
        } finally {
            fils.shutdownNow();
        }
        assertThat(smsc.recus).hasSize(20);
        assertThat(smsc.recus).extracting(SubmitSm::getDestAddress).doesNotHaveDuplicates();
        assertThat(smsc.liaisonsAcceptees()).isEqualTo(1);
    }

    @Test
    void uneLiaisonCoupeeParLeSmscEstRouverteAuProchainEnvoi() {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        envoi.envoyer(new Sms(PORTABLE, "Premier"));
        smsc.couperLesLiaisons();
        await().atMost(Duration.ofSeconds(5)).until(() -> !envoi.etat().isBound());

        envoi.envoyer(new Sms(PORTABLE, "Second"));

        assertThat(smsc.recus).extracting(pdu -> new String(pdu.getShortMessage(), StandardCharsets.US_ASCII))
                .containsExactly("Premier", "Second");
        assertThat(smsc.liaisonsAcceptees()).isEqualTo(2);
    }

    @Test
    void unMauvaisMotDePasseFaitEchouerLEnvoi() {
        var envoi = envoi("faux");
        assertThatThrownBy(() -> envoi.envoyer(new Sms(PORTABLE, COURT))).isInstanceOf(EchecSmpp.class)
                .hasMessageContaining("Liaison SMPP impossible");
        assertThat(smsc.liaisons).singleElement().extracting(ServeurSmppDeTest.Liaison::acceptee).isEqualTo(false);
        assertThat(smsc.recus).isEmpty();
    }

    @Test
    void unSmscInjoignableFaitEchouerLEnvoi() throws Exception {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        smsc.close();
        assertThatThrownBy(() -> envoi.envoyer(new Sms(PORTABLE, COURT))).isInstanceOf(EchecSmpp.class);
    }

    @Test
    void unRefusDuSmscFaitEchouerLEnvoiSansCouperLaLiaison() {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        smsc.refus = SMPPConstant.STAT_ESME_RTHROTTLED;
        assertThatThrownBy(() -> envoi.envoyer(new Sms(PORTABLE, COURT))).isInstanceOf(EchecSmpp.class)
                .hasMessageContaining("0x58");

        smsc.refus = 0;
        envoi.envoyer(new Sms(PORTABLE, COURT));
        assertThat(smsc.recus).hasSize(1);
        assertThat(smsc.liaisonsAcceptees()).isEqualTo(1);
    }

    @Test
    void lArretDeLApplicationDelieProprementLaSession() {
        var envoi = envoi(ServeurSmppDeTest.MOT_DE_PASSE);
        envoi.envoyer(new Sms(PORTABLE, COURT));

        envoi.destroy();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(smsc.etats).contains(SessionState.UNBOUND));
        assertThatThrownBy(() -> envoi.envoyer(new Sms(PORTABLE, COURT))).isInstanceOf(EchecSmpp.class);
    }

    @Test
    void lExpediteurEstUnNomUnNumeroInternationalOuUnNumeroCourt() {
        assertThat(Adresse.expediteur("PREDEMANDE"))
                .isEqualTo(new Adresse(TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "PREDEMANDE"));
        assertThat(Adresse.expediteur("+33700000000"))
                .isEqualTo(new Adresse(TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "33700000000"));
        assertThat(Adresse.expediteur("38000")).isEqualTo(new Adresse(TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, "38000"));
        assertThatIllegalArgumentException().isThrownBy(() -> Adresse.expediteur("PREDEMANDE-FR"));
        assertThatIllegalArgumentException().isThrownBy(() -> Adresse.expediteur("Prédemande ê"));
    }

    private EnvoiSmpp envoi(String motDePasse) {
        var envoi = new EnvoiSmpp(new ReglagesDesNotifications.Smpp("localhost", smsc.port, ServeurSmppDeTest.IDENTIFIANT, motDePasse,
                "PREDEMANDE", "PREDEM", Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofSeconds(2)));
        envois.add(envoi);
        return envoi;
    }

    /** Un submit_sm lu comme un téléphone : en-tête de concaténation éventuel, puis texte selon data_coding. */
    record Segment(int reference, int total, int numero, String texte) {

        static Segment de(SubmitSm pdu) {
            byte[] octets = pdu.getShortMessage();
            int reference = 0;
            int total = 1;
            int numero = 1;
            int debut = 0;
            if ((pdu.getEsmClass() & 0x40) != 0) {
                int longueurUdh = octets[0] & 0xFF;
                assertThat(octets[1]).as("IEI concaténation, référence 8 bits").isEqualTo((byte) 0x00);
                assertThat(octets[2]).isEqualTo((byte) 0x03);
                reference = octets[3] & 0xFF;
                total = octets[4] & 0xFF;
                numero = octets[5] & 0xFF;
                debut = longueurUdh + 1;
            }
            byte[] charge = java.util.Arrays.copyOfRange(octets, debut, octets.length);
            String texte = switch (pdu.getDataCoding()) {
                case 0x00 -> EncodageSms.decoderGsm7(charge);
                case 0x08 -> new String(charge, StandardCharsets.UTF_16BE);
                default -> throw new AssertionError("data_coding inattendu : " + pdu.getDataCoding());
            };
            return new Segment(reference, total, numero, texte);
        }
    }

    private static String relire(List<SubmitSm> pdus) {
        return pdus.stream().map(Segment::de).sorted(Comparator.comparingInt(Segment::numero)).map(Segment::texte)
                .reduce("", String::concat);
    }
}
