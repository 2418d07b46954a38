-- The report card counts a campaign's reviews by unit, stage and status (SelfReviewMapper.countProgress).
-- With these columns in the index the count reads the index alone, in its order: ≈ 2 ms for 6,000 people
-- instead of ≈ 12 ms scanning the rows (bench/, part 4). It replaces the (campaign_id, unit_id) index.
CREATE INDEX idx_self_review_campaign_progress ON self_review (campaign_id, unit_id, stage, status, submitted_at);
DROP INDEX idx_self_review_campaign_unit ON self_review;
