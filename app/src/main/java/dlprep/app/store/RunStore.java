package dlprep.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dlprep.app.serve.RunHistory;
import dlprep.engine.train.TrainingEvent;
import dlprep.lab.Params;
import dlprep.lab.RunResult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The finished training runs in the database's {@code runs} table, kept across restarts: one row per run, its
 * params, final metrics and per-epoch history as JSON. Ids count up from 1, so the newest run has the largest id;
 * finished times are kept to the millisecond.
 */
public final class RunStore implements RunHistory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, finished, experiment, params, metrics, seconds_per_epoch, "
            + "total_seconds, peak_heap_bytes, history";

    private final Database db;
    private final Clock clock;

    public RunStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public StoredRun add(RunResult result) {
        Instant finished = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long id = db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO runs (" + COLUMNS.substring("id, ".length())
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, finished.toEpochMilli());
                s.setString(2, result.experiment());
                s.setString(3, write(params(result.params())));
                s.setString(4, write(metrics(result.metrics())));
                if (Double.isNaN(result.secondsPerEpoch())) {
                    s.setNull(5, Types.REAL);
                } else {
                    s.setDouble(5, result.secondsPerEpoch());
                }
                s.setDouble(6, result.totalSeconds());
                s.setLong(7, result.peakHeapBytes());
                s.setString(8, write(history(result.history())));
                s.executeUpdate();
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT last_insert_rowid()")) {
                return r.getLong(1);
            }
        });
        return new StoredRun(id, finished, result);
    }

    @Override
    public List<StoredRun> all() {
        return db.transaction(c -> {
            List<StoredRun> runs = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM runs ORDER BY id DESC");
                 ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    runs.add(read(rows));
                }
            }
            return runs;
        });
    }

    @Override
    public Optional<StoredRun> find(long id) {
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM runs WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.empty();
                }
            }
        });
    }

    private static StoredRun read(ResultSet rows) throws SQLException {
        double secondsPerEpoch = rows.getDouble(6);
        if (rows.wasNull()) {
            secondsPerEpoch = Double.NaN;
        }
        JsonNode p = parse(rows.getString(4));
        Params params = new Params(p.get("epochs").asInt(), p.get("lr").asDouble(), p.get("batchSize").asInt(),
                p.get("seed").asLong(), p.get("limit").asInt());
        List<TrainingEvent.EpochEnded> history = new ArrayList<>();
        for (JsonNode e : parse(rows.getString(9))) {
            history.add(new TrainingEvent.EpochEnded(e.get("epoch").asInt(), e.get("epochs").asInt(),
                    metrics(e.get("metrics")), e.get("seconds").asDouble()));
        }
        RunResult result = new RunResult(rows.getString(3), params, metrics(parse(rows.getString(5))), history,
                secondsPerEpoch, rows.getDouble(7), rows.getLong(8));
        return new StoredRun(rows.getLong(1), Instant.ofEpochMilli(rows.getLong(2)), result);
    }

    private static ObjectNode params(Params p) {
        return JSON.createObjectNode().put("epochs", p.epochs()).put("lr", p.lr()).put("batchSize", p.batchSize())
                .put("seed", p.seed()).put("limit", p.limit());
    }

    /** Metrics in their order; NaN and infinities are written as the strings "NaN", "Infinity", "-Infinity". */
    private static ObjectNode metrics(Map<String, Double> metrics) {
        ObjectNode o = JSON.createObjectNode();
        metrics.forEach((name, value) -> {
            if (value.isNaN() || value.isInfinite()) {
                o.put(name, value.toString());
            } else {
                o.put(name, value);
            }
        });
        return o;
    }

    private static Map<String, Double> metrics(JsonNode o) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        o.properties().forEach(e -> metrics.put(e.getKey(), e.getValue().isTextual()
                ? Double.valueOf(e.getValue().asText()) : e.getValue().asDouble()));
        return metrics;
    }

    private static ArrayNode history(List<TrainingEvent.EpochEnded> history) {
        ArrayNode a = JSON.createArrayNode();
        for (TrainingEvent.EpochEnded e : history) {
            ObjectNode o = a.addObject().put("epoch", e.epoch()).put("epochs", e.epochs()).put("seconds", e.seconds());
            o.set("metrics", metrics(e.metrics()));
        }
        return a;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored run is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
