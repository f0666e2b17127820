package org.ilo.cnmn.office;

import jakarta.enterprise.context.ApplicationScoped;

import org.ilo.cnmn.platform.params.Language;

@ApplicationScoped
public class OfficeService {

    public OfficeDto get(Language lang) {
        return OfficeDto.from(view(), lang);
    }

    static OfficeView view() {
        OfficeView office = OfficeView.findById(OfficeView.ID);
        if (office == null) {
            throw new IllegalStateException("The office row is missing; the seed migration has not run.");
        }
        return office;
    }
}
