package cn.qinglian.workflow.selfreview;

import cn.qinglian.workflow.common.error.ApiException;
import cn.qinglian.workflow.common.security.CurrentUser;
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

    @PostMapping(path = "/campaigns", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CampaignView> launch(
            @Valid @RequestBody CampaignRequest request, @AuthenticationPrincipal CurrentUser user) {
        Campaign campaign = campaigns.launch(request, user);
        return ResponseEntity.created(URI.create("/api/self-review/campaigns/" + campaign.id()))
                .body(new CampaignView(campaign, campaigns.checklist(campaign.id())));
    }

    @GetMapping("/campaigns/{id}")
    CampaignView campaign(@PathVariable long id) {
        return new CampaignView(campaigns.campaign(id), campaigns.checklist(id));
    }

    @GetMapping("/campaigns/{id}/coverage")
    Coverage coverage(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return coverage.coverage(id, user);
    }

    @GetMapping("/campaigns/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return ledger.export(id, user).response();
    }

    @PostMapping("/campaigns/{id}/close")
    Coverage.Closing close(
            @PathVariable long id,
            @RequestBody(required = false) CloseRequest request,
            @AuthenticationPrincipal CurrentUser user) {
        return campaigns.close(id, request == null ? null : request.note(), user);
    }

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

    @GetMapping("/reviews/{reviewId}")
    ReviewDetail review(@PathVariable long reviewId, @AuthenticationPrincipal CurrentUser user) {
        return reviews.detail(reviewId, user);
    }
}
