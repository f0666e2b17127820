package org.ilo.cnmn.changes;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.ilo.cnmn.platform.problem.ApiException;
import org.ilo.cnmn.platform.paging.Keyset;
import org.ilo.cnmn.platform.paging.KeysetPager;
import org.ilo.cnmn.platform.paging.SqlRows;
import org.ilo.cnmn.platform.paging.SqlWhere;
import org.ilo.cnmn.platform.paging.TokenSigner;

/**
 * The change feed partners replay. Changes are numbered in commit order by SQL function
 * record_change (which serialises writers from that point to commit; only content/ChangeLog calls it),
 * so reading "after the last number seen" can never skip a change that commits later, nor return one twice.
 */
@ApplicationScoped
public class ChangeService {

    private static final String SCOPE = "changes";

    @Inject SqlRows rows;
    @Inject TokenSigner signer;
    @Inject KeysetPager pager;

    /** Where a feed read starts: after change {@code seq} of the data set {@code dataSet}. */
    public record Position(UUID dataSet, long seq) {
    }

    /** The position a change token stands for (null: the beginning); 400 naming {@code since} unless it is ours. */
    public Position position(String sinceToken) {
        UUID dataSet = dataSet();
        return new Position(dataSet, sinceToken == null ? 0 : decode(sinceToken, dataSet));
    }

    /** Up to {@code limit} changes after {@code since}. */
    public ChangeFeedDto after(Position since, int limit) {
        Keyset<ChangeDto> read = pager.after(ChangeQueries.query(limit), ChangeQueries.after(since.seq()),
                ChangeQueries::change);
        long last = read.last() == null ? since.seq() : ChangeQueries.seq(read.last());
        return new ChangeFeedDto(read.items(), encode(since.dataSet(), last), read.more());
    }

    private UUID dataSet() {
        return rows.one(ChangeQueries.DATA_SET, new SqlWhere(), row -> row.value("data_set", UUID.class));
    }

    private String encode(UUID dataSet, long seq) {
        return signer.sign(dataSet + ":" + seq, SCOPE);
    }

    private long decode(String token, UUID dataSet) {
        String payload = signer.verify(token, SCOPE).orElseThrow(() -> ApiException.invalidParameter("since",
                "is not a change token issued by this service; start again without it"));
        int colon = payload.indexOf(':');
        if (colon < 0 || !payload.substring(0, colon).equals(dataSet.toString())) {
            throw ApiException.invalidParameter("since", "belongs to another data set (the database was replaced); "
                    + "start again without it and re-import everything");
        }
        return Long.parseLong(payload.substring(colon + 1));
    }
}
