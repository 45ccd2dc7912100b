/**
 * Computer vision beside the networks: classic image processing (the interview section "传统图像处理")
 * written from scratch, and later the detection toolkit (boxes, IoU, NMS, anchors).
 */
package dlprep.vision;
