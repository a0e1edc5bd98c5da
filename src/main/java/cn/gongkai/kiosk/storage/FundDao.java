package cn.gongkai.kiosk.storage;

import cn.gongkai.kiosk.domain.Beneficiary;
import cn.gongkai.kiosk.domain.FundAmounts;
import cn.gongkai.kiosk.domain.FundDisclosure;
import cn.gongkai.kiosk.domain.RegionCode;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Direct-fund and subsidy disclosures with their (masked) beneficiary lists. */
public final class FundDao {
    private final Database db;
    private final String area;

    public FundDao(Database db, RegionCode area) {
        this.db = db;
        this.area = area.digits();
    }

    /** What the fund list shows; the payment list is read only when one disclosure is opened. */
    public record FundSummary(String id, String project, BigDecimal total, String responsibleUnit,
                              java.time.LocalDate published) { }

    /** Disclosures in the area, newest first, without their payment lists (which can be long). */
    public List<FundSummary> summaries() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, project, amount_central, amount_provincial,"
                    + " amount_municipal, amount_county, responsible_unit, published FROM fund WHERE "
                    + Columns.IN_AREA + " ORDER BY published DESC, id")) {
                Columns.bindArea(ps, 1, area);
                List<FundSummary> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        BigDecimal total = new BigDecimal(rs.getString(3)).add(new BigDecimal(rs.getString(4)))
                                .add(new BigDecimal(rs.getString(5))).add(new BigDecimal(rs.getString(6)));
                        out.add(new FundSummary(rs.getString(1), rs.getString(2), total, rs.getString(7),
                                Columns.date(rs.getString(8))));
                    }
                }
                return out;
            }
        });
    }

    /** Every disclosure with its full payment list (for export and tools; screens use summaries). */
    public List<FundDisclosure> list() {
        return db.read(c -> query(c, "SELECT * FROM fund WHERE " + Columns.IN_AREA + " ORDER BY published DESC, id", null));
    }

    public Optional<FundDisclosure> byId(String id) {
        return db.read(c -> query(c, "SELECT * FROM fund WHERE " + Columns.IN_AREA + " AND id = ?", id))
                .stream().findFirst();
    }

    private List<FundDisclosure> query(Connection c, String sql, String id) throws SQLException {
        List<FundDisclosure> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = Columns.bindArea(ps, 1, area);
            if (id != null) {
                ps.setString(i, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs, beneficiaries(c, rs.getString("id"))));
                }
            }
        }
        return out;
    }

    private static List<Beneficiary> beneficiaries(Connection c, String fundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM fund_beneficiary WHERE fund_id = ? ORDER BY seq")) {
            ps.setString(1, fundId);
            List<Beneficiary> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Beneficiary(rs.getString("name"), rs.getString("id_number"),
                            rs.getString("bank_account"), rs.getString("village"),
                            new BigDecimal(rs.getString("amount_yuan")), rs.getString("note")));
                }
            }
            return out;
        }
    }

    /** Inserts within the caller's transaction (see Database.write). */
    static void insert(Connection c, FundDisclosure f, String origin) throws SQLException {
        try (Inserter rows = new Inserter(c, origin)) {
            rows.add(f);
            rows.finish();
        }
    }

    /**
     * Inserts many disclosures and their payment lists within the caller's transaction through two
     * prepared statements, in batches.
     */
    static final class Inserter implements AutoCloseable {
        private final PreparedStatement fund;
        private final PreparedStatement payee;
        private final String origin;
        private int pendingFunds;
        private int pendingPayees;

        Inserter(Connection c, String origin) throws SQLException {
            this.fund = c.prepareStatement("INSERT INTO fund (id, origin, project, project_code, domain,"
                    + " fund_source, source_doc_number, amount_central, amount_provincial, amount_municipal,"
                    + " amount_county, responsible_unit, beneficiary_summary, period, start_date, published,"
                    + " posted_until, complaints_phone, description, scope_level, region)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            try {
                this.payee = c.prepareStatement("INSERT INTO fund_beneficiary (fund_id, seq, name, id_number,"
                        + " bank_account, village, amount_yuan, note) VALUES (?,?,?,?,?,?,?,?)");
            } catch (SQLException e) {
                fund.close();
                throw e;
            }
            this.origin = origin;
        }

        void add(FundDisclosure f) throws SQLException {
            int i = 1;
            fund.setString(i++, f.id());
            fund.setString(i++, origin);
            fund.setString(i++, f.project());
            fund.setString(i++, f.projectCode());
            fund.setString(i++, f.domain());
            fund.setString(i++, f.fundSource());
            fund.setString(i++, f.sourceDocNumber());
            fund.setString(i++, f.amounts().central().toPlainString());
            fund.setString(i++, f.amounts().provincial().toPlainString());
            fund.setString(i++, f.amounts().municipal().toPlainString());
            fund.setString(i++, f.amounts().county().toPlainString());
            fund.setString(i++, f.responsibleUnit());
            fund.setString(i++, f.beneficiarySummary());
            fund.setString(i++, f.period());
            fund.setString(i++, Columns.date(f.startDate()));
            fund.setString(i++, Columns.date(f.published()));
            fund.setString(i++, Columns.date(f.postedUntil()));
            fund.setString(i++, f.complaintsPhone());
            fund.setString(i++, f.description());
            fund.setString(i++, f.scope().level().key());
            fund.setString(i, f.scope().region().digits());
            fund.addBatch();
            pendingFunds++;
            int seq = 0;
            for (Beneficiary b : f.beneficiaries()) {
                payee.setString(1, f.id());
                payee.setInt(2, seq++);
                payee.setString(3, b.name());
                payee.setString(4, b.idNumber());
                payee.setString(5, b.bankAccount());
                payee.setString(6, b.village());
                payee.setString(7, b.amountYuan().toPlainString());
                payee.setString(8, b.note());
                payee.addBatch();
                pendingPayees++;
            }
            if (pendingFunds >= Columns.BATCH || pendingPayees >= Columns.BATCH) {
                finish();
            }
        }

        /** Runs what is still batched (disclosures before their payment lists); call before the transaction commits. */
        void finish() throws SQLException {
            if (pendingFunds > 0) {
                fund.executeBatch();
                pendingFunds = 0;
            }
            if (pendingPayees > 0) {
                payee.executeBatch();
                pendingPayees = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                payee.close();
            } finally {
                fund.close();
            }
        }
    }

    private static FundDisclosure map(ResultSet rs, List<Beneficiary> beneficiaries) throws SQLException {
        return new FundDisclosure(
                rs.getString("id"),
                rs.getString("project"),
                rs.getString("project_code"),
                rs.getString("domain"),
                rs.getString("fund_source"),
                rs.getString("source_doc_number"),
                new FundAmounts(
                        new BigDecimal(rs.getString("amount_central")),
                        new BigDecimal(rs.getString("amount_provincial")),
                        new BigDecimal(rs.getString("amount_municipal")),
                        new BigDecimal(rs.getString("amount_county"))),
                rs.getString("responsible_unit"),
                rs.getString("beneficiary_summary"),
                beneficiaries,
                rs.getString("period"),
                Columns.date(rs.getString("start_date")),
                Columns.date(rs.getString("published")),
                Columns.date(rs.getString("posted_until")),
                rs.getString("complaints_phone"),
                rs.getString("description"),
                Columns.scope(rs));
    }
}
