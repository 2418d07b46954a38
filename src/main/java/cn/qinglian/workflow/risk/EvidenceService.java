package cn.qinglian.workflow.risk;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.files.EvidenceFile;
import cn.qinglian.workflow.common.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A measure's 佐证材料: the file its owner attaches, checked for owner, type, size and content. */
@Service
class EvidenceService {

    private final RiskMapper mapper;
    private final RiskProperties properties;

    EvidenceService(RiskMapper mapper, RiskProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    /** The owner of a measure attaches evidence: size and type are checked, the file is kept in the register. */
    @Transactional
    RiskMeasure attachEvidence(
            long riskPointId, long measureId, String fileName, String contentType, byte[] data, CurrentUser user) {
        RiskMeasure measure = mapper.findMeasure(measureId);
        if (measure == null || measure.riskPointId() != riskPointId) {
            throw ApiException.notFound("risk-measure-not-found", "找不到防控措施：" + measureId);
        }
        if (!measure.ownerId().equals(user.userId())) {
            throw ApiException.forbidden("只有措施责任人可以上传佐证材料。");
        }
        EvidenceFile file = EvidenceFile.checked(
                fileName, contentType, data, properties.evidenceTypes(), properties.evidenceMaxSize());
        mapper.attachEvidence(measureId, file.name(), file.contentType(), data.length, data);
        return mapper.findMeasure(measureId);
    }
}
