package com.skillconnect.talent.application;

import com.skillconnect.talent.domain.FreelancerBrowseFilter;
import com.skillconnect.talent.domain.FreelancerCard;
import com.skillconnect.talent.domain.FreelancerProfileView;
import com.skillconnect.talent.domain.FreelancerQueries;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public browsing of freelancers: the filtered, searched, paged list and one profile in full. */
@Service
@Transactional(readOnly = true)
public class FreelancerBrowsing {

    private final FreelancerQueries queries;

    FreelancerBrowsing(FreelancerQueries queries) {
        this.queries = queries;
    }

    public Page<FreelancerCard> browse(FreelancerBrowseFilter filter, Pageable page) {
        FreelancerQueries.Slice slice = queries.browse(filter, page.getOffset(), page.getPageSize());
        return new PageImpl<>(slice.cards(), page, slice.total());
    }

    public Optional<FreelancerProfileView> profile(long id) {
        return queries.byId(id);
    }
}
