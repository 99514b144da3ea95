package com.skillconnect.talent.application;

import com.skillconnect.talent.domain.ClientDirectory;
import com.skillconnect.talent.domain.ClientPage;
import com.skillconnect.talent.domain.ClientSearch;
import com.skillconnect.talent.domain.ClientView;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Anyone may browse client profiles and open one. */
@Service
public class ClientBrowsing {

    private final ClientDirectory directory;

    ClientBrowsing(ClientDirectory directory) {
        this.directory = directory;
    }

    public ClientPage browse(ClientSearch search) {
        return directory.browse(search);
    }

    public Optional<ClientView> profile(long id) {
        return id <= 0 ? Optional.empty() : directory.findById(id);
    }
}
