package org.ilo.cnmn.office;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OfficeService {

    public OfficeDto get() {
        OfficeView office = OfficeView.findById(OfficeView.ID);
        if (office == null) {
            throw new IllegalStateException("The office row is missing; the seed migration has not run.");
        }
        return OfficeDto.from(office);
    }
}
