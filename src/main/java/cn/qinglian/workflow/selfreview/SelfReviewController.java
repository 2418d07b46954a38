package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 查改剖 over REST: launch and close campaigns, their coverage and its 台账, and one member's review. */
@Tag(name = "查改剖", description = "查改剖自查：发起和结束活动、覆盖情况、台账和个人自查内容")
@RestController
@RequestMapping("/api/self-review")
class SelfReviewController {

    private final CampaignService campaigns;
    private final CoverageQueries coverage;
    private final ReviewService reviews;
    private final CoverageExport ledger;

    SelfReviewController(
            CampaignService campaigns, CoverageQueries coverage, ReviewService reviews, CoverageExport ledger) {
        this.campaigns = campaigns;
        this.coverage = coverage;
        this.reviews = reviews;
        this.ledger = ledger;
    }

    /** A campaign and its checklist. */
    record CampaignView(Campaign campaign, List<ChecklistItem> checklist) {}

    /** Why the office closes a campaign early (optional). */
    record CloseRequest(String note) {}

    @Operation(summary = "发起查改剖活动")
    @ApiResponse(responseCode = "201", description = "已创建")
    @PostMapping(path = "/campaigns", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CampaignView> launch(
            @Valid @RequestBody CampaignRequest request, @AuthenticationPrincipal CurrentUser user) {
        Campaign campaign = campaigns.launch(request, user);
        return ResponseEntity.created(URI.create("/api/self-review/campaigns/" + campaign.id()))
                .body(new CampaignView(campaign, campaigns.checklist(campaign.id())));
    }

    @Operation(summary = "查看查改剖活动及检查清单")
    @GetMapping("/campaigns/{id}")
    CampaignView campaign(@PathVariable long id) {
        return new CampaignView(campaigns.campaign(id), campaigns.checklist(id));
    }

    @Operation(summary = "查改剖覆盖情况")
    @GetMapping("/campaigns/{id}/coverage")
    Coverage coverage(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return coverage.coverage(id, user);
    }

    @Operation(summary = "导出查改剖台账（.xlsx）")
    @GetMapping("/campaigns/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return ledger.export(id, user).response();
    }

    @Operation(summary = "结束查改剖活动")
    @PostMapping("/campaigns/{id}/close")
    Coverage.Closing close(
            @PathVariable long id,
            @RequestBody(required = false) CloseRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return campaigns.close(id, request == null ? null : request.note(), user);
    }

    @Operation(summary = "某人在活动中的自查")
    @GetMapping("/campaigns/{id}/reviews/{personId}")
    ReviewDetail reviewOf(
            @PathVariable long id, @PathVariable String personId, @AuthenticationPrincipal CurrentUser user) {
        campaigns.campaign(id);
        Review review = reviews.reviewOf(id, personId);
        if (review == null) {
            throw ApiException.notFound("review-not-found", personId + " 不在该活动范围内");
        }
        return reviews.detail(review.id(), user);
    }

    @Operation(summary = "查看自查内容")
    @GetMapping("/reviews/{reviewId}")
    ReviewDetail review(@PathVariable long reviewId, @AuthenticationPrincipal CurrentUser user) {
        return reviews.detail(reviewId, user);
    }
}
